/**
 * Scoring speed. Budgets (means, on a two-core machine where one evaluation of the compiled
 * engine takes about 3 µs): fifty services with flips ≤ 5 ms, stability for one service ≤ 3 ms,
 * fifty services with flips and stability (the whole recommendation) ≤ 60 ms. The first bench is
 * the baseline: one evaluation, to read the others against on a busy machine.
 */
import { bench, describe } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { recommend } from '../../src/domain/recommend';
import { compileModel, evaluateVector, toVector, toWeightVector } from '../../src/domain/engine';
import { analyseFlips } from '../../src/domain/flips';
import { measureStability } from '../../src/domain/stability';

const kb = getKnowledgeBase();
const SCENARIO_5 = {
  'workload-kind': 'hot-path',
  bottleneck: 'cpu',
  'latency-budget': 'under-10ms',
};

/** Everything answered towards Rust by a Rust team: the search must go deep before it finds a flip. */
const FIRM_RUST: Answers = {
  'workload-kind': 'auth-crypto',
  'service-origin': 'greenfield',
  'runs-where': 'server',
  'memory-safety-impact': 'catastrophic',
  bottleneck: 'cpu',
  'latency-budget': 'under-10ms',
  'tail-spikes': 'rarely',
  'memory-constraints': 'costly',
  'concurrency-shape': 'shared-buggy',
  deadline: 'long-lived',
  'build-sensitivity': 'low',
  'ecosystem-needs': 'systems',
  'team-fluency': 'rust',
  'team-size': '10-or-more',
  'hiring-plans': 'few-specialists',
  'runtimes-in-production': 'rust-only',
  'ai-assistance': 'none',
};

/** A fixed pseudo-random answer set (same every run), most questions answered. */
function sampleAnswers(seed: number): Answers {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const answers: Record<string, string> = {};
  for (const question of kb.questions) {
    if (next() < 0.25) continue;
    const option = question.options[Math.floor(next() * question.options.length)];
    if (option) answers[question.id] = option.id;
  }
  return answers;
}

/** Fifty services: the worked examples, then varied answer sets. */
const portfolio: Answers[] = [
  ...kb.presets.map((p) => p.answers),
  ...Array.from({ length: 50 - kb.presets.length }, (_, i) => sampleAnswers(i + 1)),
];

const model = compileModel(kb);
const weights = toWeightVector(kb, {});
const firstVector = toVector(model, portfolio[0] ?? {});

describe('decision model 3', () => {
  bench('baseline: one evaluation of the compiled engine', () => {
    evaluateVector(model, firstVector, weights);
  });

  bench('fifty services with flips (budget 5 ms)', () => {
    for (const answers of portfolio) analyseFlips(kb, answers);
  });

  bench('stability for one service (budget 3 ms)', () => {
    measureStability(kb, kb.presets[0]?.answers ?? {});
  });

  bench('fifty services with flips and stability (budget 60 ms)', () => {
    for (const answers of portfolio) recommend(kb, answers);
  });
});

describe('scoring with the flip analysis', () => {
  bench('one service (scenario 5: CPU-bound hot path, p99 under 10 ms)', () => {
    recommend(kb, SCENARIO_5);
  });

  bench('one fully answered service (billing CRUD API)', () => {
    recommend(kb, kb.presets[0]?.answers ?? {});
  });

  bench(
    'one firm service that takes two changes to flip (Rust team, every answer Rust-ward)',
    () => {
      recommend(kb, FIRM_RUST);
    },
  );

  bench('fifty services', () => {
    for (const answers of portfolio) recommend(kb, answers);
  });
});
