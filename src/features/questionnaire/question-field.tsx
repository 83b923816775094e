import type { Question } from '../../../content';
import { RadioGroupField } from '../../components/fields';
import { setAnswer } from '../../state/planner-store';
import type { StepValues } from './step-schema';

/** One question as a radio group; every change is saved at once. */
export function QuestionField({ question, serviceId }: { question: Question; serviceId: string }) {
  return (
    <RadioGroupField<StepValues>
      name={`answers.${question.id}`}
      legend={question.prompt}
      help={<p>{question.help}</p>}
      options={question.options.map((o) => ({ value: o.id, label: o.label, hint: o.hint }))}
      onValueChange={(value) => setAnswer(serviceId, question.id, value)}
    />
  );
}
