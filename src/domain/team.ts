/**
 * A team decision: several members answer the same plan on their own, and the comparison shows,
 * per service, each member's verdict, the questions (and weights) they answered differently, and
 * which of those differences are decisive — at the plan as settled so far: each answer the one
 * most members gave, or the one the lead settled on (a tie is held at its first value, for the
 * arithmetic only, until the lead chooses).
 *
 * Every verdict here comes from the engine (`compileModel` / `evaluateVector`, or `recommend`
 * for a member's own result): there is no second scoring. What the members said is tallied in
 * `team-tally.ts`; the lead's settlements are checked in `team-settle.ts`.
 */
import type { Answers, KnowledgeBase } from '../../content';
import { compileModel, evaluateVector, toVector, toWeightVector, verdictLanguage } from './engine';
import { answersForService, type PlannerInputs } from './inputs';
import { indexKnowledgeBase } from './kb-index';
import { recommend } from './recommend';
import type { ConfidenceLevel, Verdict } from './score';
import { measureStability, type Stability } from './stability';
import { checkSettlements, type Settlement, type SettlementProblem } from './team-settle';
import { tallyAnswerSets, tallyWeights, teamKey, type Tallied, type TeamValue } from './team-tally';

export { majority, teamKey, type TeamSubject, type TeamValue } from './team-tally';

/** More members than any team deciding together: the app and the command line both hold to it. */
export const MAX_TEAM_MEMBERS = 20;

/** One member's plan, with the name they go by. */
export interface TeamMember {
  name: string;
  inputs: PlannerInputs;
}

/** One value the lead could choose, and the service's verdict if they do (the rest as settled). */
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
export interface Disagreement extends Tallied {
  /** The lead's settlement of it, when there is one. */
  settlement: Settlement | null;
  /** The value in the plan as settled so far: the settlement's, else the majority's. */
  value: TeamValue;
  /**
   * Choosing one member's value over another's, with the rest of the plan as settled so far,
   * changes which language the service's verdict names (or whether it names one).
   */
  decisive: boolean;
  /** A decisive tie the lead has not settled: the plan is not settled until they do. */
  open: boolean;
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
  /** The verdict of the plan as settled so far for this service. */
  settled: { verdict: Verdict; score: number; margin: number; confidence: ConfidenceLevel };
  /** How many members' own plans give each verdict (by language, or kind when none), most first. */
  memberVerdicts: { verdict: Verdict; count: number }[];
  /**
   * The team's stability (SMAA-2 in spirit): the share of plausible variations, drawn evenly
   * across every member's answers and around the settled weights, that give the settled verdict.
   */
  stability: Stability;
}

export interface TeamComparison {
  members: string[];
  services: TeamService[];
  /** Per question (and weight) the majority value (a tie at its first value); the first member's names and notes. */
  proposed: PlannerInputs;
  /** The proposed plan with the lead's settlements put in. */
  settled: PlannerInputs;
  /** The settlements that apply, in the order given. */
  settlements: Settlement[];
  /** The settlements that do not apply (an item nobody disagreed on, a value no member gave). */
  problems: SettlementProblem[];
  /** The decisive ties still to settle, once each (a team-wide one decisive for several services). */
  open: Disagreement[];
}

export type TeamFailure =
  | { kind: 'too-few-members'; count: number }
  | { kind: 'too-many-members'; count: number }
  | { kind: 'duplicate-member'; name: string }
  | { kind: 'unnamed-member'; position: number }
  | { kind: 'mismatched-services'; member: string; expected: string[]; found: string[] };

export type TeamResult = { ok: true; value: TeamComparison } | { ok: false; reason: TeamFailure };

/** A team failure in words a person can act on. */
export function describeTeamFailure(reason: TeamFailure): string {
  switch (reason.kind) {
    case 'too-few-members':
      return `A team comparison needs the plans of two or more members; got ${reason.count}.`;
    case 'too-many-members':
      return `A team comparison takes at most ${MAX_TEAM_MEMBERS} members; got ${reason.count}. Compare the team in smaller groups.`;
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

/** What decides whether a verdict changed: the language it names, or its kind when it names none. */
export function verdictOutcomeKey(verdict: Verdict): string {
  return verdictLanguage(verdict) ?? verdict.kind;
}

/** The members' names, or why they cannot be compared. */
function checkMembers(members: readonly TeamMember[]): TeamFailure | undefined {
  if (members.length < 2) return { kind: 'too-few-members', count: members.length };
  if (members.length > MAX_TEAM_MEMBERS) return { kind: 'too-many-members', count: members.length };
  const seen = new Set<string>();
  for (const [position, m] of members.entries()) {
    const name = m.name.trim();
    if (name === '') return { kind: 'unnamed-member', position };
    if (seen.has(name)) return { kind: 'duplicate-member', name };
    seen.add(name);
  }
  const expected = members[0]?.inputs.services.map((s) => s.id) ?? [];
  const expectedKey = [...expected].sort().join(' ');
  for (const m of members) {
    const found = m.inputs.services.map((s) => s.id);
    if ([...found].sort().join(' ') !== expectedKey)
      return { kind: 'mismatched-services', member: m.name.trim(), expected, found };
  }
  return undefined;
}

function answersAt(items: readonly Tallied[], valueOf: (item: Tallied) => TeamValue): Answers {
  const answers: Record<string, string> = {};
  for (const item of items) {
    const value = valueOf(item);
    if (item.subject.kind === 'question' && typeof value === 'string')
      answers[item.subject.questionId] = value;
  }
  return answers;
}

function weightsAt(
  kb: KnowledgeBase,
  items: readonly Tallied[],
  valueOf: (item: Tallied) => TeamValue,
): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const item of items) {
    const subject = item.subject;
    const value = valueOf(item);
    if (subject.kind !== 'weight' || typeof value !== 'number') continue;
    const criterion = kb.criteria.find((c) => c.id === subject.criterionId);
    if (criterion && criterion.defaultWeight !== value) weights[criterion.id] = value;
  }
  return weights;
}

/**
 * Compares the members' plans at the plan as settled so far (`settlements`, the lead's choices;
 * none to begin with). Fails (never throws) when fewer than two or more than `MAX_TEAM_MEMBERS`
 * members are given, two share a name, or their plans do not have the same services. A
 * settlement that cannot apply is left out and listed in `problems`.
 */
export function compareTeam(
  kb: KnowledgeBase,
  members: readonly TeamMember[],
  settlements: readonly Settlement[] = [],
): TeamResult {
  const failure = checkMembers(members);
  if (failure) return { ok: false, reason: failure };
  const first = members[0];
  if (!first) return { ok: false, reason: { kind: 'too-few-members', count: 0 } };

  const names = members.map((m) => m.name.trim());
  const index = indexKnowledgeBase(kb);
  const order = new Map(index.questionsInOrder.map((q, i) => [q.id, i]));
  const team = tallyAnswerSets(
    members.map((m) => m.inputs.teamAnswers),
    order,
    teamKey.team,
    'team',
  );
  const weights = tallyWeights(kb, members);
  const serviceItems = new Map(
    first.inputs.services.map((service) => [
      service.id,
      tallyAnswerSets(
        members.map((m) => m.inputs.services.find((s) => s.id === service.id)?.answers ?? {}),
        order,
        (q) => teamKey.service(service.id, q),
        'service',
      ),
    ]),
  );
  const allItems = [...team, ...weights, ...[...serviceItems.values()].flat()];
  const { applied, problems } = checkSettlements(allItems, settlements);
  const settledValue = (item: Tallied): TeamValue => {
    const s = applied.get(item.key);
    return s ? s.value : item.proposed;
  };
  const planAt = (valueOf: (item: Tallied) => TeamValue): PlannerInputs => ({
    teamAnswers: answersAt(team, valueOf),
    services: first.inputs.services.map((s) => ({
      ...s,
      answers: answersAt(serviceItems.get(s.id) ?? [], valueOf),
    })),
    weights: weightsAt(kb, weights, valueOf),
  });
  const proposed = planAt((item) => item.proposed);
  const settled = planAt(settledValue);

  const model = compileModel(kb);
  const evaluate = (changed: Answers, w: Record<string, number>) =>
    evaluateVector(model, toVector(model, changed), toWeightVector(kb, w));
  const services = settled.services.map((service): TeamService => {
    const answers = answersForService(settled.teamAnswers, service);
    const items = [...team, ...(serviceItems.get(service.id) ?? []), ...weights];
    const maxScore = evaluate(answers, settled.weights).maxScore;
    const disagreements = items
      .filter((item) => new Set(item.values).size > 1)
      .map((item): Disagreement => {
        const outcomes = [...new Set(item.values)].map((value): TeamOutcome => {
          const evaluation =
            item.subject.kind === 'weight'
              ? evaluate(answers, { ...settled.weights, [item.subject.criterionId]: Number(value) })
              : evaluate(withAnswer(answers, item.subject.questionId, value), settled.weights);
          return {
            value,
            members: names.filter((_, i) => item.values[i] === value),
            verdict: evaluation.verdict,
            score: evaluation.score,
            margin: evaluation.margin,
          };
        });
        const scores = outcomes.map((o) => o.score);
        const decisive = new Set(outcomes.map((o) => verdictOutcomeKey(o.verdict))).size > 1;
        const settlement = applied.get(item.key) ?? null;
        return {
          ...item,
          settlement,
          value: settledValue(item),
          decisive,
          open: decisive && item.tie && !settlement,
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
    const result = recommend(kb, answers, settled.weights);
    const memberResults = members.map((m, i): TeamMemberResult => {
      const own = m.inputs.services.find((s) => s.id === service.id);
      const r = recommend(kb, answersForService(m.inputs.teamAnswers, own), m.inputs.weights);
      return { member: names[i] ?? '', verdict: r.verdict, confidence: r.confidence.level };
    });
    return {
      id: service.id,
      name: service.name,
      members: memberResults,
      disagreements,
      settled: {
        verdict: result.verdict,
        score: result.score,
        margin: result.margin,
        confidence: result.confidence.level,
      },
      memberVerdicts: countVerdicts(memberResults.map((m) => m.verdict)),
      stability: measureStability(
        kb,
        members.map((m) =>
          answersForService(
            m.inputs.teamAnswers,
            m.inputs.services.find((s) => s.id === service.id),
          ),
        ),
        settled.weights,
        undefined,
        { language: verdictLanguage(result.verdict) ?? null },
      ),
    };
  });
  const open = new Map<string, Disagreement>();
  for (const s of services) for (const d of s.disagreements) if (d.open) open.set(d.key, d);
  return {
    ok: true,
    value: {
      members: names,
      services,
      proposed,
      settled,
      settlements: settlements.filter((s) => applied.get(s.key) === s),
      problems,
      open: [...open.values()],
    },
  };
}

function countVerdicts(verdicts: readonly Verdict[]): { verdict: Verdict; count: number }[] {
  const counts = new Map<string, { verdict: Verdict; count: number }>();
  for (const verdict of verdicts) {
    const key = verdictOutcomeKey(verdict);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { verdict, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

function withAnswer(answers: Answers, questionId: string, value: TeamValue): Answers {
  const changed: Record<string, string> = { ...answers };
  if (typeof value === 'string') changed[questionId] = value;
  else delete changed[questionId];
  return changed;
}
