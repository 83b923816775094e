/**
 * One service in two plans: this plan's version beside another plan's (a colleague's link, last
 * quarter's answers file). It is the team comparison with two members, this plan first: the rest
 * of the plan stays at this plan's answers, so each differing answer's outcome is what taking the
 * other plan's answer alone does to this plan's verdict. No second scoring and no second flip
 * test: `compareTeam` decides what is decisive and how far the lead moves.
 */
import type { KnowledgeBase } from '../../content';
import { describeVerdictShort } from './describe-portfolio';
import { answersForService, type PlannerInputs, type Service } from './inputs';
import { indexKnowledgeBase } from './kb-index';
import { recommend, type Recommendation } from './recommend';
import type { Verdict } from './score';
import {
  compareTeam,
  teamKey,
  type Disagreement,
  type TeamComparison,
  type TeamService,
  type TeamSubject,
} from './team';

/** One side of the comparison: a plan, the service picked in it, and what to call the side. */
export interface PlanSide {
  label: string;
  inputs: PlannerInputs;
  serviceId: string;
}

/** A question both plans answered the same way, for the service compared. */
export interface AnsweredAlike {
  key: string;
  subject: Extract<TeamSubject, { kind: 'question' }>;
  value: string;
}

/** What taking the other plan's value for one item, and nothing else, does to this plan's verdict. */
export interface OtherAnswerEffect {
  /** This plan's verdict, and the verdict with the other plan's value put in. */
  from: Verdict;
  to: Verdict;
  /** The verdict names another language (or none): the team module's `decisive`. */
  flips: boolean;
  /** How far the lead moves, in points of the largest possible lead (0–100); positive towards Rust. */
  leadMove: number;
}

export interface PlanServiceComparison {
  /** Two members, this plan's side first, with one service (id "s1") holding both versions. */
  comparison: TeamComparison;
  service: TeamService;
  /** By disagreement key. */
  effects: Record<string, OtherAnswerEffect>;
  /** Questions answered alike, in questionnaire order: they follow the differing ones. */
  alike: AnsweredAlike[];
  /** Each side's full result, for the criterion-by-criterion pull; this plan's first. */
  results: [Recommendation, Recommendation];
}

/**
 * The service of `others` that is the counterpart of `service`: the one with the same id and
 * name (a copy of this plan), else the same name, else the same id, else the first. Undefined
 * only when `others` is empty.
 */
export function pickCounterpart(service: Service, others: readonly Service[]): Service | undefined {
  const name = service.name.trim();
  const sameName = (s: Service) => name !== '' && s.name.trim() === name;
  return (
    others.find((s) => s.id === service.id && sameName(s)) ??
    others.find(sameName) ??
    others.find((s) => s.id === service.id) ??
    others[0]
  );
}

/**
 * The effect of the other side's value in a two-member disagreement (this side first). The
 * outcomes of `compareTeam` come in the order first given, so the first is this side's value.
 */
export function otherAnswerEffect(d: Disagreement): OtherAnswerEffect | undefined {
  const [here, there] = d.outcomes;
  if (!here || !there) return undefined;
  const direction = Math.sign(there.score - here.score);
  return {
    from: here.verdict,
    to: there.verdict,
    flips: d.decisive,
    leadMove: direction * Math.round(d.swing * 100),
  };
}

/** One sentence: what the other plan's value alone does to this plan's verdict. */
export function describeOtherAnswerEffect(effect: OtherAnswerEffect): string {
  const from = describeVerdictShort(effect.from);
  if (effect.flips)
    return `Alone, the other plan’s answer turns the verdict from ${from} to ${describeVerdictShort(effect.to)}.`;
  if (effect.leadMove === 0) return `Alone, the other plan’s answer leaves the verdict at ${from}.`;
  const towards = effect.leadMove > 0 ? 'Rust' : 'Go';
  const points = Math.abs(effect.leadMove);
  return `Alone, the other plan’s answer moves the lead ${points} ${points === 1 ? 'point' : 'points'} towards ${towards}; the verdict stays ${from}.`;
}

/**
 * Puts one service of each plan side by side. The services are picked from their plans (see
 * `pickCounterpart`), so one missing is a bug and throws; the plans themselves come from links
 * and files already validated (a plan always has a service).
 */
export function comparePlanServices(
  kb: KnowledgeBase,
  here: PlanSide,
  there: PlanSide,
): PlanServiceComparison {
  const [a, b] = [here, there].map((side) => {
    const service = side.inputs.services.find((s) => s.id === side.serviceId);
    if (!service) throw new Error(`${side.label} has no service ${side.serviceId}`);
    return service;
  });
  if (!a || !b) throw new Error('two sides');

  const asMember = (side: PlanSide, service: Service) => ({
    name: side.label,
    inputs: {
      teamAnswers: side.inputs.teamAnswers,
      weights: side.inputs.weights,
      services: [{ ...service, id: 's1' }],
    },
  });
  const compared = compareTeam(kb, [asMember(here, a), asMember(there, b)]);
  if (!compared.ok) throw new Error('two sides, named apart, with one service each');
  const service = compared.value.services[0];
  if (!service) throw new Error('one service compared');

  const effects: Record<string, OtherAnswerEffect> = {};
  for (const d of service.disagreements) {
    const effect = otherAnswerEffect(d);
    if (effect) effects[d.key] = effect;
  }

  const alike: AnsweredAlike[] = [];
  for (const question of indexKnowledgeBase(kb).questionsInOrder) {
    const scope = question.scope;
    const [x, y] =
      scope === 'team'
        ? [here.inputs.teamAnswers[question.id], there.inputs.teamAnswers[question.id]]
        : [a.answers[question.id], b.answers[question.id]];
    if (x === undefined || x !== y) continue;
    alike.push({
      key: scope === 'team' ? teamKey.team(question.id) : teamKey.service('s1', question.id),
      subject: { kind: 'question', questionId: question.id, scope },
      value: x,
    });
  }

  const resultOf = (side: PlanSide, s: Service) =>
    recommend(kb, answersForService(side.inputs.teamAnswers, s), side.inputs.weights);
  return {
    comparison: compared.value,
    service,
    effects,
    alike,
    results: [resultOf(here, a), resultOf(there, b)],
  };
}
