/**
 * A team decision: several members answer the same plan on their own, and the comparison shows,
 * per service, each member's verdict, the questions (and weights) they answered differently, and
 * which of those differences are decisive — and proposes one settled plan, answer by answer, from
 * what most members said.
 *
 * Every verdict here comes from the engine (`compileModel` / `evaluateVector`, or `recommend`
 * for a member's own result): there is no second scoring.
 */
import type { Answers, KnowledgeBase } from '../../content';
import { compileModel, evaluateVector, toVector, toWeightVector, verdictLanguage } from './engine';
import { answersForService, type PlannerInputs } from './inputs';
import { indexKnowledgeBase } from './kb-index';
import { recommend } from './recommend';
import type { ConfidenceLevel, Verdict } from './score';
import { resolveWeights } from './weights';

/** One member's plan, with the name they go by. */
export interface TeamMember {
  name: string;
  inputs: PlannerInputs;
}

/** A value a member gave: an option id, a weight, or null for no answer. */
export type TeamValue = string | number | null;

/** What a disagreement is about: an answer (team-wide or about one service) or a weight. */
export type TeamSubject =
  | { kind: 'question'; questionId: string; scope: 'team' | 'service' }
  | { kind: 'weight'; criterionId: string };

/** One value the lead could choose, and the service's verdict if they do (the rest as proposed). */
export interface TeamOutcome {
  value: TeamValue;
  /** The members who gave it, in member order. */
  members: string[];
  verdict: Verdict;
  /** Signed: positive leans Rust. */
  score: number;
  margin: number;
}

/** A question or weight the members did not all answer the same way, for one service. */
export interface Disagreement {
  /** Names the item in the settled plan's choices: "team/q", "s1/q" or "weight/c". */
  key: string;
  subject: TeamSubject;
  /** Each member's value, in member order. */
  values: TeamValue[];
  /** The value most members gave (on a tie, the first of the tied values given). */
  proposed: TeamValue;
  /** Two or more values were given by the same, largest number of members. */
  tie: boolean;
  /**
   * Choosing one member's value over another's, with the rest of the plan at the proposed
   * answers, changes which language the service's verdict names (or whether it names one).
   */
  decisive: boolean;
  /** Every value given, with the verdict it leads to, in the order first given. */
  outcomes: TeamOutcome[];
  /** How far the lead moves between the choices: largest minus smallest score, over the maximum. */
  swing: number;
}

export interface TeamMemberResult {
  member: string;
  verdict: Verdict;
  confidence: ConfidenceLevel;
}

export interface TeamService {
  id: string;
  name: string;
  members: TeamMemberResult[];
  /** Decisive first, then by swing (largest first), then in questionnaire order. */
  disagreements: Disagreement[];
  /** The verdict of the proposed plan for this service. */
  proposed: { verdict: Verdict; score: number; margin: number; confidence: ConfidenceLevel };
}

export interface TeamComparison {
  members: string[];
  services: TeamService[];
  /** Per question (and weight) the majority value; the first member's names and notes. */
  proposed: PlannerInputs;
}

export type TeamFailure =
  | { kind: 'too-few-members'; count: number }
  | { kind: 'duplicate-member'; name: string }
  | { kind: 'unnamed-member'; position: number }
  | { kind: 'mismatched-services'; member: string; expected: string[]; found: string[] };

export type TeamResult = { ok: true; value: TeamComparison } | { ok: false; reason: TeamFailure };

/** A team failure in words a person can act on. */
export function describeTeamFailure(reason: TeamFailure): string {
  switch (reason.kind) {
    case 'too-few-members':
      return `A team comparison needs the plans of two or more members; got ${reason.count}.`;
    case 'duplicate-member':
      return `Two members are both called “${reason.name}”; give each member a name of their own.`;
    case 'unnamed-member':
      return `Member ${reason.position + 1} has no name; name every member.`;
    case 'mismatched-services':
      return `${reason.member}’s plan is not the same plan: it has the services ${listIds(reason.found)}, the first member’s has ${listIds(reason.expected)}. Every member must answer the same plan (the same services).`;
  }
}

function listIds(ids: readonly string[]): string {
  return ids.length === 0 ? '(none)' : ids.join(', ');
}

/** Keys of the settled plan's items. */
export const teamKey = {
  team: (questionId: string) => `team/${questionId}`,
  service: (serviceId: string, questionId: string) => `${serviceId}/${questionId}`,
  weight: (criterionId: string) => `weight/${criterionId}`,
} as const;

/** What decides whether a verdict changed: the language it names, or its kind when it names none. */
export function verdictOutcomeKey(verdict: Verdict): string {
  return verdictLanguage(verdict) ?? verdict.kind;
}

interface Tallied {
  key: string;
  subject: TeamSubject;
  values: TeamValue[];
  proposed: TeamValue;
  tie: boolean;
}

/** The majority of `values` (first given wins a tie) and whether it was a tie. */
export function majority(values: readonly TeamValue[]): { value: TeamValue; tie: boolean } {
  const counts = new Map<TeamValue, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: TeamValue = null;
  let bestCount = -1;
  let tie = false;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) tie = true;
  }
  return { value: best, tie };
}

function tallyAnswerSets(
  sets: readonly Answers[],
  order: ReadonlyMap<string, number>,
  keyOf: (questionId: string) => string,
  scope: 'team' | 'service',
): Tallied[] {
  const ids = [...new Set(sets.flatMap((s) => Object.keys(s)))].sort(
    (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || a.localeCompare(b),
  );
  return ids.map((questionId) => {
    const values = sets.map((s) => s[questionId] ?? null);
    const { value, tie } = majority(values);
    return {
      key: keyOf(questionId),
      subject: { kind: 'question', questionId, scope },
      values,
      proposed: value,
      tie,
    };
  });
}

function applyAnswers(items: readonly Tallied[]): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const item of items) {
    if (item.subject.kind === 'question' && typeof item.proposed === 'string')
      answers[item.subject.questionId] = item.proposed;
  }
  return answers;
}

/**
 * Compares the members' plans. Fails (never throws) when fewer than two members are given, two
 * share a name, or their plans do not have the same services.
 */
export function compareTeam(kb: KnowledgeBase, members: readonly TeamMember[]): TeamResult {
  if (members.length < 2)
    return { ok: false, reason: { kind: 'too-few-members', count: members.length } };
  const seen = new Set<string>();
  for (const [position, m] of members.entries()) {
    const name = m.name.trim();
    if (name === '') return { ok: false, reason: { kind: 'unnamed-member', position } };
    if (seen.has(name)) return { ok: false, reason: { kind: 'duplicate-member', name } };
    seen.add(name);
  }
  const [first] = members;
  if (!first) return { ok: false, reason: { kind: 'too-few-members', count: 0 } };
  const expected = first.inputs.services.map((s) => s.id);
  const expectedKey = [...expected].sort().join(' ');
  for (const m of members) {
    const found = m.inputs.services.map((s) => s.id);
    if ([...found].sort().join(' ') !== expectedKey)
      return {
        ok: false,
        reason: { kind: 'mismatched-services', member: m.name.trim(), expected, found },
      };
  }

  const names = members.map((m) => m.name.trim());
  const index = indexKnowledgeBase(kb);
  const order = new Map(index.questionsInOrder.map((q, i) => [q.id, i]));
  const team = tallyAnswerSets(
    members.map((m) => m.inputs.teamAnswers),
    order,
    teamKey.team,
    'team',
  );
  const weights = weightItems(kb, members);
  const proposedWeights = settledWeights(kb, weights);
  const serviceItems = new Map(
    expected.map((serviceId) => [
      serviceId,
      tallyAnswerSets(
        members.map((m) => m.inputs.services.find((s) => s.id === serviceId)?.answers ?? {}),
        order,
        (q) => teamKey.service(serviceId, q),
        'service',
      ),
    ]),
  );
  const proposed: PlannerInputs = {
    teamAnswers: applyAnswers(team),
    services: first.inputs.services.map((s) => ({
      ...s,
      answers: applyAnswers(serviceItems.get(s.id) ?? []),
    })),
    weights: proposedWeights,
  };

  const model = compileModel(kb);
  const services = proposed.services.map((service): TeamService => {
    const answers = answersForService(proposed.teamAnswers, service);
    const evaluate = (changed: Answers, w: Record<string, number>) =>
      evaluateVector(model, toVector(model, changed), toWeightVector(kb, w));
    const items = [...team, ...(serviceItems.get(service.id) ?? []), ...weights];
    const disagreements = items
      .filter((item) => new Set(item.values).size > 1)
      .map((item): Disagreement => {
        const outcomes = [...new Set(item.values)].map((value): TeamOutcome => {
          const evaluation =
            item.subject.kind === 'weight'
              ? evaluate(answers, { ...proposedWeights, [item.subject.criterionId]: Number(value) })
              : evaluate(withAnswer(answers, item.subject.questionId, value), proposedWeights);
          return {
            value,
            members: names.filter((_, i) => item.values[i] === value),
            verdict: evaluation.verdict,
            score: evaluation.score,
            margin: evaluation.margin,
          };
        });
        const scores = outcomes.map((o) => o.score);
        const maxScore = evaluate(answers, proposedWeights).maxScore;
        return {
          ...item,
          decisive: new Set(outcomes.map((o) => verdictOutcomeKey(o.verdict))).size > 1,
          outcomes,
          swing: maxScore > 0 ? (Math.max(...scores) - Math.min(...scores)) / maxScore : 0,
        };
      });
    const rank = new Map(items.map((item, i) => [item.key, i]));
    disagreements.sort(
      (a, b) =>
        Number(b.decisive) - Number(a.decisive) ||
        b.swing - a.swing ||
        (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0),
    );
    const settled = recommend(kb, answers, proposedWeights);
    return {
      id: service.id,
      name: service.name,
      members: members.map((m, i) => {
        const own = m.inputs.services.find((s) => s.id === service.id);
        const result = recommend(
          kb,
          answersForService(m.inputs.teamAnswers, own),
          m.inputs.weights,
        );
        return {
          member: names[i] ?? '',
          verdict: result.verdict,
          confidence: result.confidence.level,
        };
      }),
      disagreements,
      proposed: {
        verdict: settled.verdict,
        score: settled.score,
        margin: settled.margin,
        confidence: settled.confidence.level,
      },
    };
  });
  return { ok: true, value: { members: names, services, proposed } };
}

function withAnswer(answers: Answers, questionId: string, value: TeamValue): Answers {
  const changed: Record<string, string> = { ...answers };
  if (typeof value === 'string') changed[questionId] = value;
  else delete changed[questionId];
  return changed;
}

/** Each criterion any member re-weighted, with every member's resolved weight. */
function weightItems(kb: KnowledgeBase, members: readonly TeamMember[]): Tallied[] {
  const resolved = members.map((m) => resolveWeights(kb, m.inputs.weights));
  const touched = new Set(members.flatMap((m) => Object.keys(m.inputs.weights)));
  return kb.criteria
    .filter((c) => touched.has(c.id))
    .map((c) => {
      const values = resolved.map((r) => r[c.id] ?? c.defaultWeight);
      const { value, tie } = majority(values);
      return {
        key: teamKey.weight(c.id),
        subject: { kind: 'weight', criterionId: c.id },
        values,
        proposed: value,
        tie,
      };
    });
}

function settledWeights(kb: KnowledgeBase, items: readonly Tallied[]): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const item of items) {
    const subject = item.subject;
    if (subject.kind !== 'weight' || typeof item.proposed !== 'number') continue;
    const criterion = kb.criteria.find((c) => c.id === subject.criterionId);
    if (criterion && criterion.defaultWeight !== item.proposed)
      weights[criterion.id] = item.proposed;
  }
  return weights;
}

/**
 * The settled plan: the proposed plan with the lead's choices (by disagreement key) put in. A
 * choice for an item nobody disagreed on, or a value no member gave, is ignored.
 */
export function settleTeamPlan(
  comparison: TeamComparison,
  choices: Readonly<Record<string, TeamValue>>,
): PlannerInputs {
  const given = new Map<string, Disagreement>();
  for (const s of comparison.services) for (const d of s.disagreements) given.set(d.key, d);
  const chosen = (key: string): { value: TeamValue } | undefined => {
    const d = given.get(key);
    if (!d || !Object.hasOwn(choices, key)) return undefined;
    const value = choices[key] ?? null;
    return d.values.includes(value) ? { value } : undefined;
  };
  const put = (answers: Answers, keyOf: (q: string) => string, scope: 'team' | 'service') => {
    const result: Record<string, string> = { ...answers };
    for (const d of given.values()) {
      if (d.subject.kind !== 'question' || d.subject.scope !== scope) continue;
      if (d.key !== keyOf(d.subject.questionId)) continue;
      const choice = chosen(d.key);
      if (!choice) continue;
      if (typeof choice.value === 'string') result[d.subject.questionId] = choice.value;
      else delete result[d.subject.questionId];
    }
    return result;
  };
  const weights: Record<string, number> = { ...comparison.proposed.weights };
  for (const d of given.values()) {
    if (d.subject.kind !== 'weight') continue;
    const choice = chosen(d.key);
    if (choice && typeof choice.value === 'number') weights[d.subject.criterionId] = choice.value;
  }
  return {
    teamAnswers: put(comparison.proposed.teamAnswers, teamKey.team, 'team'),
    services: comparison.proposed.services.map((s) => ({
      ...s,
      answers: put(s.answers, (q) => teamKey.service(s.id, q), 'service'),
    })),
    weights,
  };
}
