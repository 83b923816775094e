import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers, type Language } from '../../content';
import { describeVerdict } from '../../src/domain/describe';
import { recommend } from '../../src/domain/recommend';
import { tallyAnswers, verdictLanguage } from '../../src/domain/score';

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
  {
    n: 12,
    name: 'every question answered “not sure” or neutrally',
    answers: {
      'workload-kind': 'other',
      'service-origin': 'greenfield',
      'runs-where': 'unsure',
      'memory-safety-impact': 'unsure',
      bottleneck: 'mixed',
      'latency-budget': 'unsure',
      'tail-spikes': 'unsure',
      'memory-constraints': 'unsure',
      'concurrency-shape': 'little',
      deadline: 'unsure',
      'build-sensitivity': 'unsure',
      'ecosystem-needs': 'unsure',
      'team-fluency': 'both',
      'team-size': '10-or-more',
      'hiring-plans': 'none',
      'runtimes-in-production': 'both',
      'ai-assistance': 'none',
    },
    expected: 'go',
    kind: 'close-call',
  },
];

describe('the twelve scenarios of the product brief', () => {
  it.each(scenarios)('$n. $name → $expected', ({ answers, expected, kind }) => {
    const tally = tallyAnswers(kb, answers);
    expect(verdictLanguage(tally.verdict)).toBe(expected);
    if (kind) expect(tally.verdict.kind).toBe(kind);
  });

  it('12: the neutral plan is the sources’ default, labelled as such, with low confidence', () => {
    const twelve = scenarios.find((s) => s.n === 12)!;
    const result = recommend(kb, twelve.answers);
    expect(result.verdict).toEqual({ kind: 'close-call', language: 'go', tieBreak: 'default' });
    expect(result.confidence.level).toBe('low');
    expect(describeVerdict(kb, result.verdict, result).detail).toMatch(/sources’ default/);
    expect(result.defaultCitations.map((c) => c.evidenceId)).toEqual(
      kb.scoring.defaultLanguageEvidenceIds,
    );
  });

  it('a service with nothing answered is not started: no verdict, and what to answer first', () => {
    const result = recommend(kb, {});
    expect(result.verdict).toEqual({ kind: 'not-started' });
    expect(verdictLanguage(result.verdict)).toBeUndefined();
    expect(result.firstQuestions[0]?.questionId).toBe('workload-kind');
    expect(result.flips.answers.kind).toBe('none');
    // Team answers alone say nothing about the service.
    expect(tallyAnswers(kb, { 'team-fluency': 'go' }).verdict.kind).toBe('not-started');
  });
});

describe('presets', () => {
  it.each(kb.presets)('$name comes to $expected', (preset) => {
    expect(verdictLanguage(tallyAnswers(kb, preset.answers).verdict)).toBe(preset.expected);
  });
});
