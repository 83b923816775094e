import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables, type Answers } from '../../content';
import { encodeAnswersFile } from '../../src/domain/answers-file';
import { answersForService, type PlannerInputs, type Service } from '../../src/domain/inputs';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { recommend } from '../../src/domain/recommend';
import { verdictLanguage, type Verdict } from '../../src/domain/score';
import { teamKey } from '../../src/domain/team';
import { openPlanFile, openPlanLink } from '../../src/domain/team-link';
import {
  comparePlanServices,
  describeOtherAnswerEffect,
  pickCounterpart,
  type PlanSide,
} from '../../src/domain/team-plans';
import { arbitraryAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const scopeOf = new Map(kb.questions.map((q) => [q.id, q.scope]));
const outcome = (v: Verdict) => verdictLanguage(v) ?? v.kind;

/** A one-service plan from one answer set, split into team and service answers. */
function planOf(
  answers: Answers,
  weights: Record<string, number> = {},
  service: Partial<Service> = {},
): PlannerInputs {
  const pick = (scope: 'team' | 'service') =>
    Object.fromEntries(Object.entries(answers).filter(([q]) => scopeOf.get(q) === scope));
  return {
    teamAnswers: pick('team'),
    services: [{ id: 's1', name: 'billing-api', notes: '', answers: pick('service'), ...service }],
    weights,
  };
}

const side = (label: string, inputs: PlannerInputs, serviceId = 's1'): PlanSide => ({
  label,
  inputs,
  serviceId,
});

/** A CRUD API answered firmly; the variants below differ from it on one question each. */
const base: Answers = {
  'workload-kind': 'crud-api',
  'service-origin': 'greenfield',
  'runs-where': 'server',
  'memory-safety-impact': 'minor',
  bottleneck: 'io',
  'latency-budget': 'relaxed',
};

describe('comparePlanServices', () => {
  it('lists what differs with its effect, and what is alike after it', () => {
    const result = comparePlanServices(
      kb,
      side('This plan', planOf(base)),
      side('The other plan', planOf({ ...base, bottleneck: 'cpu' })),
    );
    const { service, effects, alike, results } = result;
    const key = teamKey.service('s1', 'bottleneck');
    expect(service.disagreements.map((d) => d.key)).toEqual([key]);
    expect(service.members.map((m) => m.member)).toEqual(['This plan', 'The other plan']);
    expect(effects[key]?.from).toEqual(results[0].verdict);
    expect(alike.map((a) => a.subject.questionId)).not.toContain('bottleneck');
    expect(alike.map((a) => a.subject.questionId).sort()).toEqual(
      Object.keys(base)
        .filter((q) => q !== 'bottleneck')
        .sort(),
    );
    expect(results[1].verdict).toEqual(recommend(kb, { ...base, bottleneck: 'cpu' }, {}).verdict);
  });

  it('compares services with different ids, and throws for a service that is not there', () => {
    const there = planOf(base, {}, { id: 's7', name: 'billing' });
    const ok = comparePlanServices(kb, side('This plan', planOf(base)), side('Other', there, 's7'));
    expect(ok.service.disagreements).toEqual([]);
    expect(() =>
      comparePlanServices(kb, side('This plan', planOf(base)), side('Other', there)),
    ).toThrow('Other has no service s1');
  });

  it.each([
    [{ flips: true, leadMove: 30 }, /turns the verdict from .+ to .+\.$/],
    [{ flips: false, leadMove: 12 }, /moves the lead 12 points towards Rust; the verdict stays/],
    [{ flips: false, leadMove: -1 }, /moves the lead 1 point towards Go; the verdict stays/],
    [{ flips: false, leadMove: 0 }, /leaves the verdict at/],
  ])('words the effect %j', (effect, words) => {
    const go: Verdict = recommend(kb, base, {}).verdict;
    const rust: Verdict = recommend(
      kb,
      { ...base, 'memory-safety-impact': 'catastrophic' },
      {},
    ).verdict;
    expect(describeOtherAnswerEffect({ from: go, to: rust, ...effect })).toMatch(words);
  });
});

describe('pickCounterpart', () => {
  const s = (id: string, name: string): Service => ({ id, name, notes: '', answers: {} });
  it.each([
    ['the same id and name', s('s2', 'auth'), [s('s1', 'auth'), s('s2', 'auth')], 's2'],
    [
      'the same name over the same id',
      s('s1', 'auth'),
      [s('s1', 'billing'), s('s4', 'auth')],
      's4',
    ],
    ['the same id when no name matches', s('s2', 'auth'), [s('s1', 'a'), s('s2', 'b')], 's2'],
    ['the first otherwise', s('s9', 'auth'), [s('s3', 'a'), s('s2', 'b')], 's3'],
    ['unnamed services by id only', s('s2', ''), [s('s1', ''), s('s2', '')], 's2'],
  ])('picks %s', (_, service, others, expected) => {
    expect(pickCounterpart(service, others)?.id).toBe(expected);
  });

  it('picks nothing from a plan without services', () => {
    expect(pickCounterpart(s('s1', 'a'), [])).toBeUndefined();
  });
});

describe('opening the other plan', () => {
  const plan = planOf(base);
  it('opens a link, a whole address or a file, and says why a broken one fails', () => {
    const payload = encodePermalink(kb, plan, linkTables);
    expect(openPlanLink(kb, payload, linkTables)).toMatchObject({ ok: true, inputs: plan });
    expect(openPlanLink(kb, `https://example.org/#/link/${payload}/s1`, linkTables).ok).toBe(true);
    const broken = openPlanLink(kb, `${payload.slice(0, -3)}zzz`, linkTables);
    expect(broken).toMatchObject({ ok: false, message: expect.stringContaining('Ask') as string });
    const file = encodeAnswersFile(kb, plan, new Date('2026-11-30T00:00:00Z'));
    expect(openPlanFile(kb, file)).toMatchObject({ ok: true, inputs: plan });
    const member = openPlanFile(kb, file.replace('"format"', '"member": "Ana",\n  "format"'));
    expect(member).toMatchObject({ ok: true, member: 'Ana' });
  });

  it('names the fields at fault in a tampered file, and refuses a plan with no services', () => {
    const file = JSON.parse(encodeAnswersFile(kb, plan, new Date(0))) as Record<string, unknown>;
    const empty = openPlanFile(kb, JSON.stringify({ ...file, services: [] }));
    expect(empty).toMatchObject({ ok: false });
    if (!empty.ok) expect(empty.message).toMatch(/services/i);
    const tampered = openPlanFile(kb, JSON.stringify({ ...file, weights: { latency: 9 } }));
    expect(tampered.ok).toBe(false);
    if (!tampered.ok) expect(tampered.message).toMatch(/latency/);
    expect(openPlanFile(kb, 'not json')).toMatchObject({ ok: false });
  });
});

describe('comparePlanServices, for any two plans', () => {
  const arbitraryPlan = fc
    .tuple(arbitraryAnswers(kb), arbitraryWeights(kb))
    .map(([answers, weights]) => planOf(answers, weights));

  it('says an answer changes the verdict exactly when, put alone into this plan, it does; and which way the lead moves', () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryPlan, (here, there) => {
        const result = comparePlanServices(kb, side('Here', here), side('There', there));
        const own = answersForService(here.teamAnswers, here.services[0]);
        const before = recommend(kb, own, here.weights);
        expect(result.results[0].verdict).toEqual(before.verdict);
        for (const d of result.service.disagreements) {
          const effect = result.effects[d.key];
          if (!effect) throw new Error(`no effect for ${d.key}`);
          const theirs = d.values[1] ?? null;
          const after =
            d.subject.kind === 'weight'
              ? recommend(kb, own, { ...here.weights, [d.subject.criterionId]: Number(theirs) })
              : recommend(
                  kb,
                  (() => {
                    const changed: Record<string, string> = { ...own };
                    if (typeof theirs === 'string') changed[d.subject.questionId] = theirs;
                    else delete changed[d.subject.questionId];
                    return changed;
                  })(),
                  here.weights,
                );
          expect(effect.flips).toBe(outcome(after.verdict) !== outcome(before.verdict));
          expect(outcome(effect.to)).toBe(outcome(after.verdict));
          expect(outcome(effect.from)).toBe(outcome(before.verdict));
          if (effect.leadMove !== 0)
            expect(Math.sign(effect.leadMove)).toBe(Math.sign(after.score - before.score));
        }
        // Every answered question is either different or alike, never both.
        const differ = new Set(result.service.disagreements.map((d) => d.key));
        for (const a of result.alike) expect(differ.has(a.key)).toBe(false);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
