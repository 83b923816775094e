import { useState } from 'react';
import { Redirect, useLocation } from 'wouter';
import { routes } from '../../routes';
import { TextField } from '../../components/fields';
import { Form } from '../../components/form';
import { usePageFocus } from '../../components/use-page-focus';
import { renameService, setAnswer } from '../../state/planner-store';
import { SERVICE_NAME_MAX } from '../../domain/inputs';
import { NotesField } from './notes-field';
import { ProgressSteps } from './progress-steps';
import { QuestionField, type AnswerChange } from './question-field';
import { UndoAnswer } from './undo-answer';
import { SharedAnswersNote } from './shared-answers-note';
import { stepSchema, type StepValues } from './step-schema';
import { ServiceNotFound } from '../../components/service-not-found';
import { useQuestionnaire } from './use-questionnaire';
import './questionnaire.css';

/**
 * One step of the questionnaire. Answers are saved as they are given, and each change on the step
 * can be undone; Back and Next keep them. Opened from the review's "Change" (`fromReview`), both
 * lead back to the review.
 */
export function QuestionnairePage({
  serviceId,
  stepNumber,
  fromReview = false,
}: {
  serviceId: string;
  stepNumber: number;
  fromReview?: boolean;
}) {
  const context = useQuestionnaire(serviceId);
  const [, navigate] = useLocation();
  const stepKey = `${serviceId}:${stepNumber}`;
  const [history, setHistory] = useState<{ key: string; changes: AnswerChange[] }>({
    key: stepKey,
    changes: [],
  });
  const changes = history.key === stepKey ? history.changes : [];
  const current = context?.steps[stepNumber - 1];
  const title =
    context && current
      ? `Step ${stepNumber} of ${context.total}: ${current.step.title}`
      : 'Questions';
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `${serviceId}-step-${stepNumber}`,
    `${title} — Rust or Go?`,
  );

  if (!context) return <ServiceNotFound />;
  if (!current) {
    return (
      <Redirect
        to={stepNumber < 1 ? routes.step.href(serviceId, 1) : routes.review.href(serviceId)}
        replace
      />
    );
  }
  const { service, total, stepTitles, stepsAnswered } = context;
  const withName = stepNumber === 1;
  const questionIds = current.questions.map((q) => q.id);
  const answer = (questionId: string, after: string | null) => {
    const question = current.questions.find((q) => q.id === questionId);
    const before = context.answers[questionId] ?? null;
    setAnswer(service.id, questionId, after ?? undefined);
    if (question && before !== after) {
      setHistory({
        key: stepKey,
        changes: [...changes, { questionId, prompt: question.prompt, before, after }],
      });
    }
  };

  return (
    <div className="page page--questionnaire">
      <ProgressSteps
        titles={stepTitles}
        current={stepNumber}
        serviceId={serviceId}
        answered={stepsAnswered}
      />
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        <span className="eyebrow">
          Step {stepNumber} of {total}
        </span>{' '}
        {current.step.title}
      </h1>
      <p className="lede">{current.step.intro}</p>
      <SharedAnswersNote questions={current.questions} serviceId={service.id} />
      <Form<StepValues>
        key={`${service.id}:${current.step.id}`}
        schema={stepSchema(questionIds, withName)}
        defaultValues={{
          name: service.name,
          notes: service.notes,
          answers: Object.fromEntries(questionIds.map((id) => [id, context.answers[id] ?? null])),
        }}
        fieldLabels={{ name: 'Service name', notes: 'Notes' }}
        labelledBy="step-heading"
        onValid={() =>
          navigate(
            !fromReview && stepNumber < context.steps.length
              ? routes.step.href(serviceId, stepNumber + 1)
              : routes.review.href(serviceId),
          )
        }
      >
        {() => (
          <>
            {withName && (
              <>
                <TextField<StepValues>
                  name="name"
                  label="Service name"
                  hint="The name your team uses for it, such as billing-api."
                  maxLength={SERVICE_NAME_MAX}
                  onValueChange={(value) => renameService(service.id, value)}
                />
                <NotesField serviceId={service.id} />
              </>
            )}
            {current.questions.map((question) => (
              <QuestionField key={question.id} question={question} onChange={answer} />
            ))}
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  navigate(
                    fromReview
                      ? routes.review.href(serviceId)
                      : stepNumber > 1
                        ? routes.step.href(serviceId, stepNumber - 1)
                        : routes.home.href(),
                  )
                }
              >
                Back
              </button>
              <button type="submit" className="button button--primary">
                {fromReview
                  ? 'Back to the review'
                  : stepNumber < context.steps.length
                    ? 'Next'
                    : 'Review answers'}
              </button>
            </div>
            <UndoAnswer
              serviceId={service.id}
              questions={current.questions}
              history={changes}
              onUndone={() => setHistory({ key: stepKey, changes: changes.slice(0, -1) })}
            />
          </>
        )}
      </Form>
    </div>
  );
}
