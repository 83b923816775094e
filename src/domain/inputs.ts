/**
 * What the user enters — services, answers, weights — as a schema, so saved state, imported
 * files and links are all validated the same way before they reach the store. It lives in the
 * domain because the link codec and the answers file (also used from the command line) need it;
 * the store and the screens import it from here too.
 */
import * as z from 'zod/mini';
import type { Answers, KnowledgeBase } from '../../content';
import type { Issue } from './issues';

export const SERVICE_NAME_MAX = 500;
export const SERVICE_NOTES_MAX = 2000;
export const MAX_SERVICES = 50;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const AnswersInputSchema = z.record(id, id);

/** A service id: "s" and up to six digits. */
export const ServiceIdSchema = z
  .string()
  .check(z.regex(/^s[0-9]{1,6}$/, 'must be "s" followed by up to six digits'));

export const ServiceSchema = z.strictObject({
  id: ServiceIdSchema,
  name: z.string().check(z.maxLength(SERVICE_NAME_MAX)),
  notes: z.string().check(z.maxLength(SERVICE_NOTES_MAX)),
  answers: AnswersInputSchema,
});
export type Service = z.infer<typeof ServiceSchema>;

export const WeightsInputSchema = z.record(id, z.number().check(z.gte(0), z.lte(5)));

export const PlannerInputsSchema = z.strictObject({
  /** Answers to team-scoped questions, shared by every service. */
  teamAnswers: AnswersInputSchema,
  services: z.array(ServiceSchema).check(z.minLength(1), z.maxLength(MAX_SERVICES)),
  /** Weight overrides by criterion id (0–5); absent means the default. */
  weights: WeightsInputSchema,
});
export type PlannerInputs = z.infer<typeof PlannerInputsSchema>;

/** Team and service answers together: what scoring and visibility work on. */
export function answersForService(teamAnswers: Answers, service: Service | undefined): Answers {
  return { ...(service?.answers ?? {}), ...teamAnswers };
}

/** Whether the inputs hold anything a person entered: a name, a note, an answer or a weight. */
export function hasWork(inputs: PlannerInputs): boolean {
  return (
    inputs.services.length > 1 ||
    Object.keys(inputs.teamAnswers).length > 0 ||
    Object.keys(inputs.weights).length > 0 ||
    inputs.services.some(
      (s) => s.name.trim() !== '' || s.notes.trim() !== '' || Object.keys(s.answers).length > 0,
    )
  );
}

/**
 * Keeps only what this knowledge base can use: answers to questions it has, in the right scope
 * (team or service), with options it offers; weights for criteria it has. Everything dropped is
 * reported, so a file or link made with another version says what no longer applies. Service
 * ids used twice are replaced with fresh ones, and reported too (see `withUniqueIds`).
 * Valid inputs made by this version come back unchanged (a `-0` weight becomes `0`).
 */
export function normalizeInputs(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
): { inputs: PlannerInputs; dropped: Issue[] } {
  // A plain lookup rather than the knowledge-base index: this runs on the first screen (saved
  // state), where every byte counts, and needs only questions and their options.
  const questions = new Map(kb.questions.map((q) => [q.id, q]));
  const dropped: Issue[] = [];

  const keep = (answers: Answers, scope: 'team' | 'service', field: string): Answers => {
    const kept: Record<string, string> = {};
    for (const [questionId, optionId] of Object.entries(answers)) {
      const where = `${field} › ${questionId}`;
      const question = questions.get(questionId);
      if (!question) {
        dropped.push({ field: where, message: 'this question is no longer asked' });
        continue;
      }
      if (question.scope !== scope) {
        dropped.push({
          field: where,
          message: `this question is now answered ${question.scope === 'team' ? 'once for the team' : 'per service'}; answer it again`,
        });
      } else if (!question.options.some((o) => o.id === optionId)) {
        dropped.push({ field: where, message: `the answer “${optionId}” is no longer offered` });
      } else {
        kept[questionId] = optionId;
      }
    }
    return kept;
  };

  const teamAnswers = keep(inputs.teamAnswers, 'team', 'Team answers');
  const services = withUniqueIds(inputs.services, dropped).map((service, i) => ({
    ...service,
    answers: keep(service.answers, 'service', serviceLabel(service, i)),
  }));
  const criteria = new Set(kb.criteria.map((c) => c.id));
  const weights: Record<string, number> = {};
  for (const [criterionId, weight] of Object.entries(inputs.weights)) {
    if (criteria.has(criterionId)) weights[criterionId] = weight === 0 ? 0 : weight;
    else
      dropped.push({
        field: `Weights › ${criterionId}`,
        message: 'this criterion no longer exists',
      });
  }

  return { inputs: { teamAnswers, services, weights }, dropped };
}

/**
 * Gives every service after the first with a given id a fresh one, reporting each change: two
 * services sharing an id would be renamed, moved and removed together. Ids are otherwise kept,
 * because a link to one service of a plan names it by id.
 */
export function withUniqueIds(services: readonly Service[], issues: Issue[]): Service[] {
  const taken = new Set(services.map((s) => s.id));
  const seen = new Set<string>();
  let next = 1;
  return services.map((service, i) => {
    if (!seen.has(service.id)) {
      seen.add(service.id);
      return service;
    }
    while (taken.has(`s${next}`)) next++;
    const id = `s${next}`;
    taken.add(id);
    seen.add(id);
    issues.push({
      field: serviceLabel(service, i),
      message: `its id “${service.id}” was already used by another service, so it was given the id “${id}”`,
    });
    return { ...service, id };
  });
}

/** How messages name a service: its name when it has one, else its position. */
export function serviceLabel(service: Pick<Service, 'name'>, position: number): string {
  const name = service.name.trim();
  return name
    ? `Service “${name.length > 40 ? `${name.slice(0, 39)}…` : name}”`
    : `Service ${position + 1}`;
}
