import { describe, expect, it, vi } from 'vitest';
import {
  getKnowledgeBase,
  knowledgeBaseResult,
  rawKnowledgeBase,
  validateKnowledgeBase,
  validateKnowledgeBaseInSteps,
} from '../../content';

const kb = getKnowledgeBase();

/** A deep copy of the raw content that a test may break. */
function editable(): Record<string, unknown> & typeof rawKnowledgeBase {
  return structuredClone(rawKnowledgeBase);
}

function issuesOf(raw: unknown): string[] {
  const result = validateKnowledgeBase(raw);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('knowledge base', () => {
  it('validates, with a version and a date', () => {
    const result = knowledgeBaseResult();
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(kb.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(kb.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('cites all five articles, each from its seed file', () => {
    expect(kb.sources.map((s) => s.seedFile).sort()).toEqual([
      '000_f9b2117f0fe9352e.txt',
      '001_38acbad5954a146c.txt',
      '002_4f3bfebec586bb7d.txt',
      '003_0c69c112d720d477.txt',
      '004_ed81040636f1cab8.txt',
    ]);
    const cited = new Set([
      ...kb.evidence.map((e) => e.sourceId),
      ...kb.questions.flatMap((q) => q.sourceIds),
    ]);
    for (const source of kb.sources) expect(cited, source.title).toContain(source.id);
  });

  it('holds every criterion the product brief lists', () => {
    expect(kb.criteria.map((c) => c.id).sort()).toEqual(
      [
        'ai-assisted',
        'build-time',
        'compute-profile',
        'concurrency',
        'ecosystem',
        'hiring',
        'latency',
        'memory-cost',
        'memory-safety',
        'operational-consolidation',
        'team-fluency',
        'time-to-ship',
      ].sort(),
    );
  });

  it('carries every figure of the articles’ tables', () => {
    const figure = (evidenceId: string, metric: string) =>
      kb.evidence.find((e) => e.id === evidenceId)?.measurements?.find((m) => m.metric === metric);
    expect(figure('billing-api-benchmark', 'throughput')).toMatchObject({ go: 18400, rust: 27800 });
    expect(figure('billing-api-benchmark', 'latency-p50')).toMatchObject({ go: 4.2, rust: 2.8 });
    expect(figure('billing-api-benchmark', 'latency-p99')).toMatchObject({ go: 18, rust: 11 });
    expect(figure('billing-api-benchmark', 'rss-steady')).toMatchObject({ go: 180, rust: 95 });
    expect(figure('billing-api-benchmark', 'rss-peak')).toMatchObject({ go: 410, rust: 130 });
    expect(figure('billing-api-benchmark', 'cpu-10k')).toMatchObject({ go: 65, rust: 38 });
    expect(figure('compile-times', 'build-cold')).toMatchObject({ go: 12, rust: 240 });
    expect(figure('compile-times', 'build-incremental')).toMatchObject({ go: 0.8, rust: 6 });
    expect(figure('compile-times', 'test-cold')).toMatchObject({ go: 18, rust: 300 });
    expect(figure('compile-times', 'test-incremental')).toMatchObject({ go: 1.5, rust: 8 });
    expect(figure('lines-of-code', 'loc-total')).toMatchObject({ go: 1680, rust: 1530 });
    expect(figure('lines-of-code', 'loc-boot')).toMatchObject({ go: 88, rust: 64 });
    // The ramp-up estimates measure different milestones (picking Go up in two weeks, a first
    // Rust pull request in two to three months): stated in words, never charted side by side.
    const rampUp = kb.evidence.find((e) => e.id === 'ramp-up-times');
    expect(rampUp?.measurements).toBeUndefined();
    expect(rampUp?.claim).toMatch(/two weeks/);
    expect(rampUp?.claim).toMatch(/two to three months/);
  });

  it('records both sides where the sources disagree, with a question that decides', () => {
    const cli = kb.conflicts.find((c) => c.id === 'cli-tools');
    const favours = cli?.evidenceIds.map((id) => kb.evidence.find((e) => e.id === id)?.favours);
    expect(favours?.sort()).toEqual(['go', 'rust']);
    expect(kb.questions.some((q) => q.id === cli?.questionId && q.showWhen)).toBe(true);
  });

  it('branches: the rewrite questions are shown only for an existing Go service', () => {
    const rewrite = kb.questions.filter((q) => q.id.startsWith('rewrite-'));
    expect(rewrite.length).toBeGreaterThanOrEqual(4);
    for (const q of rewrite) {
      expect(q.showWhen).toEqual([{ questionId: 'service-origin', anyOf: ['existing-go'] }]);
    }
  });

  it('gives every question help text and every option an effect or a neutral meaning', () => {
    for (const q of kb.questions) {
      expect(q.help.length, q.id).toBeGreaterThan(40);
    }
  });
});

describe('content validation catches broken edits', () => {
  it('rejects an unknown key', () => {
    const raw = editable();
    (raw.criteria[0] as Record<string, unknown>).colour = 'red';
    expect(issuesOf(raw)).toEqual([
      expect.stringMatching(/^criteria\[0\]: unknown key\(s\): colour/),
    ]);
  });

  it('rejects a claim that cites no existing source', () => {
    const raw = editable();
    raw.evidence[0]!.sourceId = 'nowhere';
    expect(issuesOf(raw)).toContain('evidence[0].sourceId: unknown source "nowhere"');
  });

  it('rejects evidence without a source at all', () => {
    const raw = editable();
    delete (raw.evidence[0] as Partial<(typeof raw.evidence)[0]>).sourceId;
    expect(issuesOf(raw).some((i) => i.startsWith('evidence[0].sourceId'))).toBe(true);
  });

  it('rejects an effect on an unknown criterion', () => {
    const raw = editable();
    raw.questions[0]!.options[0]!.effects.push({ criterionId: 'vibes', lean: 1, reason: 'Vibes.' });
    expect(issuesOf(raw).join('\n')).toMatch(/unknown criterion "vibes"/);
  });

  it('rejects an assumption on a question that is not fixed, and an event missing', () => {
    const raw = editable();
    const q = raw.questions.findIndex((question) => !question.fixed);
    raw.questions[q]!.options[0]!.assumes = { 'team-size': 'under-10' };
    delete raw.questions[q]!.options[0]!.event;
    const text = issuesOf(raw).join('\n');
    expect(text).toContain(`questions[${q}].options[0].assumes: only a fixed question can assume`);
    expect(text).toMatch(/has no event wording/);
  });

  it('rejects an assumption that would trigger a deal-breaker', () => {
    const raw = editable();
    const kind = raw.questions.findIndex((question) => question.id === 'workload-kind');
    raw.questions[kind]!.options[0]!.assumes = { 'tail-spikes': 'no' };
    expect(issuesOf(raw).join('\n')).toMatch(/assumes a deal-breaker answer/);
  });

  it('rejects a criterion no answer moves', () => {
    const raw = editable();
    raw.criteria.push({ ...raw.criteria[0]!, id: 'unreachable' });
    expect(issuesOf(raw)).toContain('criteria[12]: no answer moves criterion "unreachable"');
  });

  it('rejects a condition on an option that does not exist, or on a later question', () => {
    const raw = editable();
    const cli = raw.questions.find((q) => q.id === 'cli-needs')!;
    cli.showWhen = [{ questionId: 'workload-kind', anyOf: ['spaceship'] }];
    const later = raw.questions.find((q) => q.id === 'workload-kind')!;
    later.showWhen = [{ questionId: 'team-fluency', anyOf: ['go'] }];
    const text = issuesOf(raw).join('\n');
    expect(text).toMatch(/question "workload-kind" has no option "spaceship"/);
    expect(text).toMatch(/depends on "team-fluency", which is not asked earlier/);
  });

  it('rejects duplicate ids and preset answers that do not exist', () => {
    const raw = editable();
    raw.triggers.push({ ...raw.triggers[0]! });
    raw.presets[0]!.answers['team-fluency'] = 'cobol';
    const text = issuesOf(raw).join('\n');
    expect(text).toMatch(/duplicate id "performance-cliff"/);
    expect(text).toMatch(/question "team-fluency" has no option "cobol"/);
  });

  it('rejects a gate note on an answer the named question does not offer', () => {
    const raw = editable();
    raw.gates[0]!.otherwise.answerNotes!.notes['the-moon'] = 'Nowhere to be found.';
    expect(issuesOf(raw)).toContain(
      'gates[0].otherwise.answerNotes.notes.the-moon: question "rewrite-bottleneck" has no option "the-moon"',
    );
  });

  it('rejects a runtimes mapping that misses an option or names one that does not exist', () => {
    const raw = editable();
    delete raw.portfolio.runtimesOptions.neither;
    raw.portfolio.runtimesOptions.mainframe = [];
    const text = issuesOf(raw).join('\n');
    expect(text).toMatch(/option "neither" says nothing about runtimes/);
    expect(text).toMatch(/question "runtimes-in-production" has no option "mainframe"/);
  });

  it('rejects a lean outside [-1, 1] and a weight outside [0, 5]', () => {
    const raw = editable();
    const q = raw.questions.findIndex((question) => question.options[0]?.effects[0]);
    raw.questions[q]!.options[0]!.effects[0]!.lean = 2;
    raw.criteria[0]!.defaultWeight = 9;
    const text = issuesOf(raw).join('\n');
    expect(text).toContain(`questions[${q}].options[0].effects[0].lean: must be at most 1`);
    expect(text).toMatch(/criteria\[0\]\.defaultWeight: must be at most 5/);
  });
});

describe('content validation in steps, as the browser loads it', () => {
  const broken: [string, (raw: ReturnType<typeof editable>) => void][] = [
    ['nothing', () => undefined],
    ['an unknown key', (raw) => ((raw.criteria[0] as Record<string, unknown>).colour = 'red')],
    ['a missing source', (raw) => (raw.evidence[0]!.sourceId = 'nowhere')],
    ['an unknown top-level key', (raw) => ((raw as Record<string, unknown>).extra = 1)],
    ['a weight out of range', (raw) => (raw.criteria[0]!.defaultWeight = 9)],
    ['not an object at all', (raw) => Object.keys(raw).forEach((k) => delete raw[k])],
  ];

  it.each(broken)(
    'gives the same result as validating at once, with %s changed',
    async (_, edit) => {
      const raw = editable();
      edit(raw);
      const pause = vi.fn(() => Promise.resolve());
      expect(await validateKnowledgeBaseInSteps(raw, pause)).toEqual(validateKnowledgeBase(raw));
    },
  );

  it('pauses after each part of valid content', async () => {
    const pause = vi.fn(() => Promise.resolve());
    const result = await validateKnowledgeBaseInSteps(editable(), pause);
    expect(result.ok).toBe(true);
    expect(pause).toHaveBeenCalledTimes(Object.keys(rawKnowledgeBase).length);
  });
});
