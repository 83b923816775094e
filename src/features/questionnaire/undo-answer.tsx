import { useFormContext } from 'react-hook-form';
import type { Question } from '../../../content';
import { fieldId } from '../../components/field-id';
import { setAnswer } from '../../state/planner-store';
import type { AnswerChange } from './question-field';
import type { StepValues } from './step-schema';

/** An option's label, or "no answer". */
function labelOf(question: Question | undefined, optionId: string | null): string {
  if (optionId === null) return 'no answer';
  return `“${question?.options.find((o) => o.id === optionId)?.label ?? optionId}”`;
}

/**
 * Undo for the answers changed on this step, newest first. It sits after the step's own buttons,
 * so it is never between two questions; undoing puts the answer back, in the form and in the
 * saved plan, and returns focus to that question's chosen option.
 */
export function UndoAnswer({
  serviceId,
  questions,
  history,
  onUndone,
}: {
  serviceId: string;
  questions: readonly Question[];
  history: readonly AnswerChange[];
  /** Drops the newest change from the history. */
  onUndone: () => void;
}) {
  const { setValue } = useFormContext<StepValues>();
  const last = history.at(-1);
  const question = questions.find((q) => q.id === last?.questionId);
  const message = last
    ? `${last.after === null ? 'Cleared' : 'Changed'} “${last.prompt}”: ${labelOf(question, last.before)} → ${labelOf(question, last.after)}.`
    : '';
  return (
    <div className="undo-answer">
      <p className="undo-answer__status" role="status">
        {message}
      </p>
      {last && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setAnswer(serviceId, last.questionId, last.before ?? undefined);
            setValue(`answers.${last.questionId}`, last.before);
            onUndone();
            const group = document.getElementById(fieldId(`answers.${last.questionId}`));
            const chosen = group?.querySelector<HTMLInputElement>('input:checked');
            (chosen ?? group)?.focus();
          }}
        >
          Undo<span className="visually-hidden"> the change to “{last.prompt}”</span>
        </button>
      )}
    </div>
  );
}
