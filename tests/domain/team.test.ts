import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { answersForService, type PlannerInputs } from '../../src/domain/inputs';
import { tallyAnswers, verdictLanguage, type Verdict } from '../../src/domain/score';
import {
  compareTeam,
  describeTeamFailure,
  majority,
  teamKey,
  type TeamMember,
  type TeamValue,
} from '../../src/domain/team';
import { settlementMarkdown, summariseSettlement } from '../../src/domain/team-record';
import { settleOn } from '../../src/domain/team-settle';
import { arbitraryAnswers, arbitraryWeights } from './arbitraries';

// Every comparison now measures the team's stability by sampling: slower on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const kb = getKnowledgeBase();
const scopeOf = new Map(kb.questions.map((q) => [q.id, q.scope]));
const serviceQuestions = kb.questions.filter((q) => q.scope === 'service');
const teamQuestions = kb.questions.filter((q) => q.scope === 'team');

/** Splits one answer set into team and service answers, for a plan of `serviceIds`. */
function planOf(
  answers: readonly Answers[],
  team: Answers,
  weights: Record<string, number> = {},
): PlannerInputs {
  const pick = (a: Answers, scope: 'team' | 'service') =>
    Object.fromEntries(Object.entries(a).filter(([q]) => scopeOf.get(q) === scope));
  return {
    teamAnswers: pick(team, 'team'),
    services: answers.map((a, i) => ({
      id: `s${i + 1}`,
      name: `service ${i + 1}`,
      notes: '',
      answers: pick(a, 'service'),
    })),
    weights,
  };
}

const outcome = (v: Verdict) => verdictLanguage(v) ?? v.kind;

/** A worked plan: a CRUD API answered firmly, by three members who differ only where stated. */
const base: Answers = {
  'workload-kind': 'crud-api',
  'service-origin': 'greenfield',
  'runs-where': 'server',
  'memory-safety-impact': 'minor',
  bottleneck: 'io',
  'latency-budget': 'relaxed',
};

describe('compareTeam', () => {
  it('finds no disagreement between identical members, and proposes their plan', () => {
    const plan = planOf([base, { ...base, bottleneck: 'cpu' }], {});
    const result = compareTeam(kb, [
      { name: 'Ana', inputs: plan },
      { name: 'Ben', inputs: plan },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const service of result.value.services) expect(service.disagreements).toEqual([]);
    expect(result.value.proposed).toEqual(plan);
  });

  it('refuses plans with different services, saying whose and which', () => {
    const result = compareTeam(kb, [
      { name: 'Ana', inputs: planOf([base], {}) },
      { name: 'Ben', inputs: planOf([base, base], {}) },
    ]);
    expect(result).toMatchObject({
      ok: false,
      reason: { kind: 'mismatched-services', member: 'Ben', expected: ['s1'], found: ['s1', 's2'] },
    });
    if (!result.ok) expect(describeTeamFailure(result.reason)).toContain('not the same plan');
  });

  it('refuses fewer than two members and two members with one name', () => {
    const plan = planOf([base], {});
    expect(compareTeam(kb, [{ name: 'Ana', inputs: plan }])).toMatchObject({
      ok: false,
      reason: { kind: 'too-few-members' },
    });
    expect(
      compareTeam(kb, [
        { name: 'Ana', inputs: plan },
        { name: ' Ana ', inputs: plan },
      ]),
    ).toMatchObject({ ok: false, reason: { kind: 'duplicate-member', name: 'Ana' } });
  });

  it('proposes the majority answer, flags a tie, and lets the lead settle it', () => {
    const cpu = { ...base, bottleneck: 'cpu' };
    const members: TeamMember[] = [
      { name: 'Ana', inputs: planOf([base], {}) },
      { name: 'Ben', inputs: planOf([cpu], {}) },
      { name: 'Cleo', inputs: planOf([cpu], {}) },
    ];
    const result = compareTeam(kb, members);
    if (!result.ok) throw new Error('expected a comparison');
    const key = teamKey.service('s1', 'bottleneck');
    const d = result.value.services[0]?.disagreements.find((x) => x.key === key);
    expect(d).toMatchObject({ proposed: 'cpu', tie: false, values: ['io', 'cpu', 'cpu'] });
    expect(result.value.proposed.services[0]?.answers.bottleneck).toBe('cpu');

    const tied = compareTeam(kb, members.slice(0, 2));
    if (!tied.ok) throw new Error('expected a comparison');
    const t = tied.value.services[0]?.disagreements.find((x) => x.key === key);
    expect(t).toMatchObject({ proposed: 'io', tie: true });
    const settled = compareTeam(kb, members.slice(0, 2), [
      settleOn(key, 'cpu', 'Ana', '2026-12-07'),
    ]);
    if (!settled.ok) throw new Error('expected a comparison');
    expect(settled.value.settled.services[0]?.answers.bottleneck).toBe('cpu');
    expect(settled.value.services[0]?.disagreements.find((x) => x.key === key)).toMatchObject({
      value: 'cpu',
      settlement: { by: 'Ana', at: '2026-12-07' },
      open: false,
    });
    // A value no member gave is not a choice: it is named, and the plan keeps the held value.
    const wrong = compareTeam(kb, members.slice(0, 2), [
      settleOn(key, 'mixed', 'Ana', '2026-12-07'),
    ]);
    if (!wrong.ok) throw new Error('expected a comparison');
    expect(wrong.value.settled.services[0]?.answers.bottleneck).toBe('io');
    expect(wrong.value.problems).toEqual([{ kind: 'not-given', key, value: 'mixed' }]);
    // A settlement of an item nobody disagreed on is named too.
    const same = compareTeam(kb, members.slice(0, 2), [
      settleOn(teamKey.service('s1', 'workload-kind'), 'crud-api', 'Ana', '2026-12-07'),
    ]);
    expect(same.ok && same.value.problems[0]?.kind).toBe('not-a-difference');
  });

  it('compares weights the same way', () => {
    const criterion = kb.criteria[0];
    if (!criterion) throw new Error('no criteria');
    const plan = planOf([base], {});
    const result = compareTeam(kb, [
      { name: 'Ana', inputs: { ...plan, weights: { [criterion.id]: 0 } } },
      { name: 'Ben', inputs: { ...plan, weights: { [criterion.id]: 0 } } },
      { name: 'Cleo', inputs: plan },
    ]);
    if (!result.ok) throw new Error('expected a comparison');
    const d = result.value.services[0]?.disagreements.find(
      (x) => x.key === teamKey.weight(criterion.id),
    );
    expect(d).toMatchObject({ values: [0, 0, criterion.defaultWeight], proposed: 0, tie: false });
    expect(result.value.proposed.weights).toEqual({ [criterion.id]: 0 });
  });

  it('lists the decisive disagreements first and remembers who said what', () => {
    const arb = fc.tuple(arbitraryAnswers(kb), arbitraryAnswers(kb), arbitraryAnswers(kb));
    // Find, among generated member plans, one with a decisive and a non-decisive disagreement.
    const [found] = fc.sample(
      arb.filter(([a, b, c]) => {
        const r = compareTeam(kb, [
          { name: 'Ana', inputs: planOf([a], a) },
          { name: 'Ben', inputs: planOf([b], b) },
          { name: 'Cleo', inputs: planOf([c], c) },
        ]);
        const ds = r.ok ? (r.value.services[0]?.disagreements ?? []) : [];
        return ds.some((d) => d.decisive) && ds.some((d) => !d.decisive);
      }),
      { numRuns: 1, seed: 14 },
    );
    if (!found) throw new Error('no sample');
    const [a, b, c] = found;
    const result = compareTeam(kb, [
      { name: 'Ana', inputs: planOf([a], a) },
      { name: 'Ben', inputs: planOf([b], b) },
      { name: 'Cleo', inputs: planOf([c], c) },
    ]);
    if (!result.ok) throw new Error('expected a comparison');
    const ds = result.value.services[0]?.disagreements ?? [];
    const firstQuiet = ds.findIndex((d) => !d.decisive);
    expect(ds.slice(firstQuiet).every((d) => !d.decisive)).toBe(true);

    const items = summariseSettlement(kb, result.value);
    expect(items.length).toBe(new Set(ds.filter((d) => d.decisive).map((d) => d.key)).size);
    expect(items[0]?.answers.map((x) => x.member)).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(settlementMarkdown(items)).toContain('## How the team disagreed');
    expect(settlementMarkdown([])).toBe('');
  });
});

/** Members who start from one plan and each change a few answers and weights. */
const arbitraryTeam = fc
  .record({
    service: fc.array(arbitraryAnswers(kb), { minLength: 1, maxLength: 2 }),
    team: arbitraryAnswers(kb),
    weights: arbitraryWeights(kb),
    changes: fc.array(
      fc.array(
        fc.tuple(
          fc.constantFrom(...serviceQuestions, ...teamQuestions),
          fc.nat(20),
          fc.integer({ min: 0, max: 1 }),
        ),
        { maxLength: 3 },
      ),
      { minLength: 2, maxLength: 4 },
    ),
    weightChanges: fc.array(arbitraryWeights(kb), { minLength: 4, maxLength: 4 }),
  })
  .map(({ service, team, weights, changes, weightChanges }) =>
    changes.map((memberChanges, m): TeamMember => {
      const s = service.map((a) => ({ ...a }));
      const t = { ...team } as Record<string, string>;
      for (const [q, pick, which] of memberChanges) {
        const target = q.scope === 'team' ? t : (s[which % s.length] ?? {});
        const option = q.options[pick % (q.options.length + 1)];
        if (option) target[q.id] = option.id;
        else delete target[q.id];
      }
      const w = m % 2 === 0 ? weights : { ...weights, ...weightChanges[m] };
      return { name: `m${m}`, inputs: planOf(s, t, w) };
    }),
  );

describe('compareTeam, for any team', () => {
  it('marks a disagreement decisive exactly when some member’s value flips the verdict, proposes the majority, and flags ties', () => {
    fc.assert(
      fc.property(arbitraryTeam, (members) => {
        const result = compareTeam(kb, members);
        if (!result.ok) throw new Error(describeTeamFailure(result.reason));
        const { proposed, services } = result.value;
        for (const service of services) {
          const plan = proposed.services.find((s) => s.id === service.id);
          const answers = answersForService(proposed.teamAnswers, plan);
          for (const d of service.disagreements) {
            // Majority and ties, counted here from the members' own plans.
            const counts = new Map<TeamValue, number>();
            for (const v of d.values) counts.set(v, (counts.get(v) ?? 0) + 1);
            const top = Math.max(...counts.values());
            expect(counts.get(d.proposed)).toBe(top);
            expect(d.tie).toBe([...counts.values()].filter((n) => n === top).length > 1);
            expect(new Set(d.values).size).toBeGreaterThan(1);
            // Decisive: with the rest at the proposed plan, some member's value changes the verdict.
            const verdicts = d.values.map((value) => {
              if (d.subject.kind === 'weight') {
                return tallyAnswers(kb, answers, {
                  ...proposed.weights,
                  [d.subject.criterionId]: Number(value),
                }).verdict;
              }
              const changed: Record<string, string> = { ...answers };
              if (typeof value === 'string') changed[d.subject.questionId] = value;
              else delete changed[d.subject.questionId];
              return tallyAnswers(kb, changed, proposed.weights).verdict;
            });
            expect(d.decisive).toBe(new Set(verdicts.map(outcome)).size > 1);
          }
          // No disagreement is missed: every item the members answered differently is listed.
          const listed = new Set(service.disagreements.map((d) => d.key));
          for (const q of kb.questions) {
            const values = members.map((m) =>
              q.scope === 'team'
                ? (m.inputs.teamAnswers[q.id] ?? null)
                : (m.inputs.services.find((s) => s.id === service.id)?.answers[q.id] ?? null),
            );
            const key = q.scope === 'team' ? teamKey.team(q.id) : teamKey.service(service.id, q.id);
            expect(listed.has(key)).toBe(new Set(values).size > 1);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('finds no disagreement among identical members', () => {
    fc.assert(
      fc.property(arbitraryTeam, (members) => {
        const first = members[0];
        if (!first) return;
        const result = compareTeam(
          kb,
          members.map((m) => ({ name: m.name, inputs: first.inputs })),
        );
        if (!result.ok) throw new Error('expected a comparison');
        expect(result.value.services.every((s) => s.disagreements.length === 0)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

describe('majority', () => {
  it.each([
    [['a', 'b', 'b'], 'b', false],
    [['a', 'b'], 'a', true],
    [[null, null, 'a'], null, false],
    [[1, 2, 2, 1], 1, true],
  ] as const)('of %j is %j (tie: %j)', (values, value, tie) => {
    expect(majority(values)).toMatchObject({ value, tie });
  });
});

describe('the team’s stability', () => {
  it('counts the members’ own verdicts and measures the settled verdict across every member’s answers', () => {
    const members: TeamMember[] = [
      { name: 'Ana', inputs: planOf([base], {}) },
      { name: 'Ben', inputs: planOf([{ ...base, bottleneck: 'cpu' }], {}) },
      { name: 'Cleo', inputs: planOf([{ ...base, bottleneck: 'cpu' }], {}) },
    ];
    const result = compareTeam(kb, members);
    if (!result.ok) throw new Error('expected a comparison');
    const service = result.value.services[0];
    if (!service) throw new Error('one service');
    expect(service.memberVerdicts.reduce((n, v) => n + v.count, 0)).toBe(3);
    expect(service.stability.share).toBeGreaterThanOrEqual(0);
    expect(service.stability.share).toBeLessThanOrEqual(1);
    expect(service.stability.language).toBe(
      'language' in service.settled.verdict ? service.settled.verdict.language : null,
    );
  });
});
