/**
 * One recommendation, every surface: the result summary, the printed report, the decision record
 * and the command line's text render the same view, so they agree on the verdict, how sure,
 * stability, fragile and every flip row — and none of them says "you answered" where it is untrue.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { buildReport } from '../../src/cli/report-data';
import { formatText } from '../../src/cli/format-text';
import type { OpenedAnswersFile } from '../../src/cli/open-answers';
import { decodeProfile, withProfile, type OpenedProfile } from '../../src/domain/profile';
import { recommend } from '../../src/domain/recommend';
import { recommendationView } from '../../src/domain/recommendation-view';
import { serviceDecisionRecord } from '../../src/domain/decision-record';
import { describeFlipRow } from '../../src/domain/flip-rows';
import { reportModel } from '../../src/domain/report-model';
import { FRAGILE } from '../../src/domain/words';
import { toResultSummary } from '../../src/features/results/summary-data';

const kb = getKnowledgeBase();
const date = '2026-12-07';
const presetAnswers = (id: string) => kb.presets.find((p) => p.id === id)!.answers;

function openProfile(fields: Record<string, unknown>): OpenedProfile {
  const result = decodeProfile(
    kb,
    JSON.stringify({ format: 'rust-or-go-profile', formatVersion: 1, name: 'Acme', ...fields }),
  );
  if (!result.ok) throw new Error(result.summary);
  return result.value;
}
const trial = openProfile({ rings: { rust: 'trial' } });

/** A business API whose work is partly CPU-bound, under 10 ms: Rust, one estimate away from Go. */
const FRAGILE_API: Answers = {
  'workload-kind': 'crud-api',
  bottleneck: 'mixed',
  'latency-budget': 'under-10ms',
};

const cases: { title: string; answers: Answers; profile?: OpenedProfile }[] = [
  { title: 'a stable verdict', answers: presetAnswers('billing-crud-api') },
  { title: 'a deal-breaker', answers: presetAnswers('image-resizer') },
  { title: 'a held rewrite', answers: presetAnswers('rewrite-because-faster') },
  { title: 'answers assumed from the kind of service', answers: { 'workload-kind': 'hot-path' } },
  {
    title: 'a profile with a trial ring',
    answers: presetAnswers('auth-token-service'),
    profile: trial,
  },
  { title: 'a fragile verdict', answers: FRAGILE_API },
];

/** Every surface for one service with these answers. */
function surfaces(answers: Answers, profile?: OpenedProfile) {
  const scoring = profile ? withProfile(kb, profile) : kb;
  const result = recommend(scoring, answers);
  const view = recommendationView(scoring, result, {
    answers,
    reader: 'filed',
    date,
    ...(profile ? { profile: { opened: profile } } : {}),
  });
  const inputs = {
    teamAnswers: {},
    weights: {},
    services: [{ id: 's1', name: 'svc', notes: '', answers }],
  };
  const report = reportModel(kb, inputs, {
    date,
    permalink: 'https://example.test/#/p',
    ...(profile ? { profile } : {}),
  }).services[0]!.view;
  const record = serviceDecisionRecord(
    kb,
    { name: 'svc', notes: '', answers },
    {},
    { date, status: 'accepted', decisionMakers: [], ...(profile ? { profile } : {}) },
  );
  const file = {
    inputs,
    authorVerdicts: [null],
    kbVersion: kb.version,
    formatVersion: 1,
    dropped: [],
  } as unknown as OpenedAnswersFile;
  const text = formatText(buildReport(kb, file, { today: date, ...(profile ? { profile } : {}) }));
  return { result, view, summary: toResultSummary(view), report, record, text };
}

describe('one view of a recommendation, on every surface', () => {
  it.each(cases)('agrees on $title', ({ answers, profile }) => {
    const { view, summary, report, record, text } = surfaces(answers, profile);
    // The verdict.
    expect(summary.headline).toBe(view.headline);
    expect(report.headline).toBe(view.headline);
    expect(text).toContain(`svc: ${view.headline}`);
    expect(record).toContain(view.detail.split(':')[0]!);
    // How sure.
    expect(summary.level).toBe(view.confidence.title);
    expect(report.confidence).toEqual(view.confidence);
    if (view.language) expect(record).toContain(view.confidence.sentence);
    expect(text).toContain(view.confidence.sentence);
    // Stability, with what was varied.
    expect(view.stability).not.toBeNull();
    for (const surface of [summary.stability ?? '', record, text]) {
      expect(surface).toContain(view.stability!.sentence);
      expect(surface).toContain(view.stability!.varied);
    }
    expect(report.stability).toEqual(view.stability);
    // Fragile: the same rule and the same sentence everywhere, or nowhere.
    expect(summary.fragile).toBe(view.fragile);
    expect(report.fragile).toBe(view.fragile);
    expect(record.includes(FRAGILE)).toBe(view.fragile !== null);
    expect(text.includes(FRAGILE)).toBe(view.fragile !== null);
    // Every flip row of both kinds, not one row standing for the rest.
    expect(report.flips.rows).toEqual(view.flips.rows);
    expect(report.flips.events).toEqual(view.flips.events);
    for (const row of [...view.flips.rows, ...view.flips.events]) {
      expect(text).toContain(describeFlipRow(row));
      expect(record).toContain(row.outcome);
    }
    // The profile's adjustment is a part of its own, and the parts add up to the net.
    const sum = view.parts.reduce((total, p) => total + p.value, 0);
    expect(sum).toBeCloseTo(view.net, 6);
    if (profile) expect(view.parts.some((p) => p.kind === 'profile')).toBe(true);
  });

  it('compares a verdict that is fragile', () => {
    expect(recommend(kb, FRAGILE_API).fragile).toBe(true);
  });
});

describe('every “because” true to its reader', () => {
  const answers = { 'workload-kind': 'hot-path', 'team-fluency': 'go' };
  const result = recommend(kb, answers);

  it('says “you answered” only beside answers given, and “assumed from” beside the rest', () => {
    expect(result.assumptions.length).toBeGreaterThan(0);
    const view = recommendationView(kb, result, { answers, reader: 'own' });
    const groups = view.reasons.flatMap((r) => r.because);
    expect(groups.some((g) => g.assumed)).toBe(true);
    for (const group of groups) {
      const assumed = group.answers.filter((a) =>
        result.assumptions.some((x) => x.questionId === a.questionId),
      );
      if (group.intro === 'Because you answered') expect(assumed).toEqual([]);
      if (group.assumed) expect(group.intro).toMatch(/^Assumed from “.+”$/);
    }
  });

  it('never says “you” of a shared plan’s author or in a filed document', () => {
    for (const reader of ['shared', 'filed'] as const) {
      const view = recommendationView(kb, result, { answers, reader });
      expect(JSON.stringify(view)).not.toMatch(/you answered/i);
    }
    const shared = recommendationView(kb, result, { answers, reader: 'shared' });
    expect(shared.reasons.flatMap((r) => r.because).map((g) => g.intro)).toContain(
      'Because the author answered',
    );
    const { record, text } = surfaces(answers);
    expect(record).not.toMatch(/you answered/i);
    expect(text).not.toMatch(/you answered/i);
  });
});
