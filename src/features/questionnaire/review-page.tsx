import { Link, useLocation } from 'wouter';
import { routes } from '../../routes';
import { TextField } from '../../components/fields';
import { Form } from '../../components/form';
import { fieldId } from '../../components/field-id';
import { usePageFocus } from '../../components/use-page-focus';
import { renameService, setAnswer } from '../../state/planner-store';
import { SERVICE_NAME_MAX } from '../../domain/inputs';
import { NotesField } from './notes-field';
import { ProgressSteps } from './progress-steps';
import { stepSchema, type StepValues } from './step-schema';
import { ServiceNotFound } from '../../components/service-not-found';
import { useQuestionnaire } from './use-questionnaire';
import './questionnaire.css';

const NOT_ANSWERED = '';

/** The last step: every answer on one page, each changeable in place. */
export function ReviewPage({ serviceId }: { serviceId: string }) {
  const context = useQuestionnaire(serviceId);
  const [, navigate] = useLocation();
  const total = context?.total ?? 1;
  const title = `Step ${total} of ${total}: Review your answers`;
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `${serviceId}-review`,
    `${title} — Rust or Go?`,
  );
  if (!context) return <ServiceNotFound />;
  const { service, steps, answers, stepTitles } = context;
  const questionIds = steps.flatMap((s) => s.questions.map((q) => q.id));
  const answeredCount = questionIds.filter((id) => answers[id] !== undefined).length;

  return (
    <div className="page page--review">
      <ProgressSteps titles={stepTitles} current={total} serviceId={serviceId} />
      <h1 id="review-heading" ref={headingRef} tabIndex={-1}>
        <span className="eyebrow">
          Step {total} of {total}
        </span>{' '}
        Review your answers
      </h1>
      <p className="lede">
        {answeredCount} of {questionIds.length} questions answered. Change anything here; unanswered
        questions simply do not count.
      </p>
      <Form<StepValues>
        key={service.id}
        schema={stepSchema(questionIds, true)}
        defaultValues={{ name: service.name, notes: service.notes, answers: {} }}
        fieldLabels={{ name: 'Service name', notes: 'Notes' }}
        labelledBy="review-heading"
        onValid={() => navigate(routes.result.href(serviceId))}
      >
        {() => (
          <>
            <TextField<StepValues>
              name="name"
              label="Service name"
              maxLength={SERVICE_NAME_MAX}
              onValueChange={(value) => renameService(service.id, value)}
            />
            <NotesField serviceId={service.id} />
            {steps.map(({ step, questions }, i) => (
              <section className="review-group" key={step.id} aria-labelledby={`review-${step.id}`}>
                <div className="review-group__header">
                  <h2 id={`review-${step.id}`}>{step.title}</h2>
                  <Link
                    href={routes.step.href(serviceId, i + 1, { fromReview: true })}
                    className="button button--quiet"
                  >
                    Change<span className="visually-hidden"> “{step.title}”</span>
                  </Link>
                </div>
                {questions.map((question) => {
                  const id = fieldId(`review-${question.id}`);
                  return (
                    <div className="field review-field" key={question.id}>
                      <label htmlFor={id}>{question.prompt}</label>
                      {/* A select cuts a long answer short on a phone: there, it is also
                          written out in full (hidden from screen readers, which read the select). */}
                      <p className="review-field__answer" aria-hidden="true">
                        {question.options.find((o) => o.id === answers[question.id])?.label ??
                          'Not answered'}
                      </p>
                      <select
                        id={id}
                        value={answers[question.id] ?? NOT_ANSWERED}
                        onChange={(event) =>
                          setAnswer(
                            service.id,
                            question.id,
                            event.target.value === NOT_ANSWERED ? undefined : event.target.value,
                          )
                        }
                      >
                        <option value={NOT_ANSWERED}>Not answered</option>
                        {question.options.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  );
                })}
              </section>
            ))}
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => navigate(routes.step.href(serviceId, steps.length))}
              >
                Back
              </button>
              <button type="submit" className="button button--primary">
                See the recommendation
              </button>
            </div>
          </>
        )}
      </Form>
    </div>
  );
}
