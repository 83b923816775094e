import { useFormContext } from 'react-hook-form';
import type { Question } from '../../../content';
import { fieldId } from '../../components/field-id';
import { RadioOptions } from '../../components/fields';
import type { StepValues } from './step-schema';

/** The value of the "No answer" choice: the question is left out and does not count. */
export const NO_ANSWER = '';

/** A change of answer, for Undo: the question, and the option ids before and after (null: none). */
export interface AnswerChange {
  questionId: string;
  prompt: string;
  before: string | null;
  after: string | null;
}

/**
 * One question as a radio group, its help first so it is read before the options. A question
 * with no "Not sure" option gets a "No answer" choice instead of a separate Clear button: it is
 * one of the group's radios, so Tab never lands on it between two questions, and choosing it
 * keeps focus where it is. Every change is saved at once and reported for Undo.
 */
export function QuestionField({
  question,
  onChange,
}: {
  question: Question;
  /** Called with the question's id and its new answer (null: no answer). */
  onChange: (questionId: string, after: string | null) => void;
}) {
  const { register } = useFormContext<StepValues>();
  const name = `answers.${question.id}` as const;
  const id = fieldId(name);
  const field = register(name, {
    onChange: (event: { target: { value: string } }) =>
      onChange(question.id, event.target.value === NO_ANSWER ? null : event.target.value),
  });
  const hasUnsure = question.options.some((o) => o.uncertain);
  const options = question.options.map((o) => ({ value: o.id, label: o.label, hint: o.hint }));
  if (!hasUnsure) {
    options.push({
      value: NO_ANSWER,
      label: 'No answer',
      hint: 'Leave it out; it does not count.',
    });
  }
  return (
    <fieldset className="question" id={id} aria-describedby={`${id}-help`} tabIndex={-1}>
      <legend>{question.prompt}</legend>
      <div className="question__body">
        <div className="question__help" id={`${id}-help`}>
          <p>{question.help}</p>
        </div>
        <div className="question__options">
          <RadioOptions id={id} options={options} field={field} />
        </div>
      </div>
    </fieldset>
  );
}
