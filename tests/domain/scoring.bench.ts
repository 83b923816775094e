/**
 * Scoring speed, flip analysis included. Budget: one service under 1 ms, fifty under 20 ms, so
 * the result page can rescore every service on each move of a weight slider.
 */
import { bench, describe } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { recommend } from '../../src/domain/recommend';

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
