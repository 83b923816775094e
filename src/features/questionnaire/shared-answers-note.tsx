import type { Question } from '../../../content';
import { usePlannerStore } from '../../state/planner-store';

/** How many other services a list of names may show before it says "and N more". */
const NAMES_SHOWN = 3;

/**
 * Shown on a step that asks about the team: its answers are given once and shared by every
 * service, so say so, and that answers given for another service are already filled in.
 */
export function SharedAnswersNote({
  questions,
  serviceId,
}: {
  questions: readonly Question[];
  serviceId: string;
}) {
  const services = usePlannerStore((s) => s.services);
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const team = questions.filter((q) => q.scope === 'team');
  if (team.length === 0) return null;
  const subject = team.length === questions.length ? 'These answers' : 'Answers about the team';
  if (services.length === 1) {
    return (
      <p className="notice">
        {subject} describe the team and organisation, so they will be shared by every service you
        add: you answer them once.
      </p>
    );
  }
  const others = services
    .filter((s) => s.id !== serviceId)
    .map((s) => s.name.trim() || 'an unnamed service');
  const shown = others.slice(0, NAMES_SHOWN);
  const rest = others.length - shown.length;
  const named =
    rest > 0
      ? `${shown.join(', ')} and ${rest} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`
        : (shown[0] ?? '');
  const prefilled = team.some((q) => teamAnswers[q.id] !== undefined);
  return (
    <p className="notice">
      {subject} are shared by all {services.length} services: a change here applies to {named} too.
      {prefilled && ' Answers already given are filled in.'}
    </p>
  );
}
