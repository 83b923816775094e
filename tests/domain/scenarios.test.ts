import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers, type Language } from '../../content';
import { tallyAnswers } from '../../src/domain/score';

const kb = getKnowledgeBase();

/** The twelve scenarios of the product brief, one row each, answered as the brief describes them. */
const scenarios: {
  n: number;
  name: string;
  answers: Answers;
  expected: Language;
  kind?: string;
}[] = [
  {
    n: 1,
    name: 'billing CRUD API on Postgres, DB-bound, five Go developers, six months',
    answers: {
      'workload-kind': 'crud-api',
      'service-origin': 'greenfield',
      bottleneck: 'io',
      deadline: 'months',
      'team-fluency': 'go',
      'team-size': 'under-10',
    },
    expected: 'go',
  },
  {
    n: 2,
    name: 'internal admin tool, Go team',
    answers: { 'workload-kind': 'internal-tool', 'team-fluency': 'go' },
    expected: 'go',
  },
  {
    n: 3,
    name: 'auth token service, memory bug catastrophic, team productive in Rust',
    answers: {
      'workload-kind': 'auth-crypto',
      'memory-safety-impact': 'catastrophic',
      'team-fluency': 'rust',
    },
    expected: 'rust',
  },
  {
    n: 4,
    name: 'edge worker on memory-constrained hardware',
    answers: { 'workload-kind': 'edge-worker', 'memory-constraints': 'constrained' },
    expected: 'rust',
  },
  {
    n: 5,
    name: 'CPU-bound hot path, p99 under 10 ms',
    answers: { 'workload-kind': 'hot-path', bottleneck: 'cpu', 'latency-budget': 'under-10ms' },
    expected: 'rust',
  },
  {
    n: 6,
    name: 'I/O-bound API gateway, thousands of connections, Go team, fast iteration',
    answers: {
      'workload-kind': 'api-gateway',
      bottleneck: 'io',
      'concurrency-shape': 'independent',
      'build-sensitivity': 'critical',
      'team-fluency': 'go',
    },
    expected: 'go',
  },
  {
    n: 7,
    name: 'parser / compiler / language tooling',
    answers: { 'workload-kind': 'parser-tooling', bottleneck: 'cpu' },
    expected: 'rust',
  },
  {
    n: 8,
    name: 'Kubernetes operator that must fit the cloud-native ecosystem',
    answers: { 'workload-kind': 'cloud-native', 'ecosystem-needs': 'cloud-native' },
    expected: 'go',
  },
  {
    n: 9,
    name: 'rewrite a DB-bound Go service "because it is faster"',
    answers: {
      'service-origin': 'existing-go',
      'rewrite-ceiling': 'no',
      'rewrite-memory-cost': 'no',
      'rewrite-bug-class': 'no',
      'rewrite-bottleneck': 'database',
    },
    expected: 'go',
    kind: 'gated',
  },
  {
    n: 10,
    name: 'rewrite a Go service at its performance ceiling whose memory outweighs developer cost',
    answers: {
      'service-origin': 'existing-go',
      'rewrite-ceiling': 'yes',
      'rewrite-memory-cost': 'yes',
      'team-fluency': 'go',
    },
    expected: 'rust',
  },
  {
    n: 11,
    name: 'standard REST API MVP due in three weeks, team new to Rust',
    answers: { 'workload-kind': 'crud-api', deadline: 'weeks', 'team-fluency': 'neither' },
    expected: 'go',
  },
  { n: 12, name: 'every question skipped', answers: {}, expected: 'go', kind: 'close-call' },
];

describe('the twelve scenarios of the product brief', () => {
  it.each(scenarios)('$n. $name → $expected', ({ answers, expected, kind }) => {
    const tally = tallyAnswers(kb, answers);
    console.log(
      JSON.stringify({
        score: tally.score.toFixed(2),
        margin: tally.margin.toFixed(3),
        v: tally.verdict,
      }),
    );
    expect(tally.verdict.language).toBe(expected);
    if (kind) expect(tally.verdict.kind).toBe(kind);
  });
});

describe('presets', () => {
  it.each(kb.presets)('$name comes to $expected', (preset) => {
    const tally = tallyAnswers(kb, preset.answers);
    console.log(
      preset.id,
      JSON.stringify({
        score: tally.score.toFixed(2),
        margin: tally.margin.toFixed(3),
        v: tally.verdict,
      }),
    );
    expect(tally.verdict.language).toBe(preset.expected);
  });
});
