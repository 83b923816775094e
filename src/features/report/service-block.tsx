import type { Language } from '../../../content';
import { LANGUAGE_NAME } from '../../domain/describe';
import {
  IF_AN_ANSWER_IS_OFF,
  IF_THINGS_CHANGE,
  TRIGGERS_INTRO,
  WEIGHT_SENSITIVITY,
  signed,
} from '../../domain/words';
import { FlipTableView } from '../../components/flip-table-view';
import { TriggerTableView } from '../../components/trigger-table-view';
import type { ReportService } from '../../domain/report-model';
import { ServiceNotes } from '../../components/service-notes';
import { SourceRefs, sourceNumber } from './source-refs';

/**
 * One service on paper, rendered from the same view as the result page: verdict and how sure,
 * reasons with their sources, the answers given and assumed, every way to flip it and when to
 * revisit it, as compact tables. Each service starts a page; it is compact enough to fit
 * one (sources are cited by their number in the report's list), and where it does not, it splits
 * between sections, never between its heading and its verdict, and every page after the first
 * begins with "‹name› (continued)".
 */
export function ServiceBlock({
  service,
  total,
  sources,
}: {
  service: ReportService;
  total: number;
  /** The report's numbered source list, which citations point into. */
  sources: readonly string[];
}) {
  const headingId = `report-${service.id}`;
  const { view } = service;
  return (
    <article
      id={`report-block-${service.id}`}
      className={`report-service report-service--${service.language}`}
      aria-labelledby={headingId}
    >
      <header className="report-service__head">
        <h2 id={headingId}>
          {total > 1 && (
            <>
              <span className="report-service__position">
                Service {service.position} of {total}:
              </span>{' '}
            </>
          )}
          <bdi>{service.name}</bdi>
        </h2>
        <p className="report-service__verdict">
          Verdict: <strong>{view.headline}</strong>
        </p>
      </header>
      {/* On paper the rest is a one-cell table whose header group, "‹name› (continued)", the
          browser repeats at the top of every page the service runs onto; report.css lifts the
          first copy above the clipping edge of this wrapper, so the page where the service
          begins does not print it. On screen the line is not shown. */}
      <div className="report-service__flow">
        <div className="report-service__sheet">
          <div className="report-service__continued" aria-hidden="true">
            <p>
              <bdi>{continuedName(service.name)}</bdi> (continued)
            </p>
          </div>
          <div className="report-service__body">
            <ServiceNotes notes={service.notes} />
            {view.profileTurned && <p className="report-service__warning">{view.profileTurned}</p>}
            <p>
              {view.detail} {!view.leadInDetail && `${view.score} `}
              {view.confidence.sentence}
              {view.stability && ` ${view.stability.sentence} ${view.stability.varied}`}
            </p>
            {view.fragile && <p className="report-service__warning">{view.fragile}</p>}

            {view.notes.map((note) => (
              <div className="report-note" key={note.id}>
                <h3>{note.title}</h3>
                <p>
                  {note.text} <SourceRefs titles={note.sources} list={sources} />
                </p>
              </div>
            ))}

            <h3>Reasons, strongest first</h3>
            {view.reasons.length === 0 ? (
              <p>No answer leans either way, so there are no reasons yet.</p>
            ) : (
              <ol className="report-list">
                {view.reasons.map((reason) => (
                  <li key={reason.criterionId}>
                    <strong>{reason.label}</strong>{' '}
                    <Pull towards={reason.towards} points={reason.points} />: {reason.sentence}{' '}
                    <SourceRefs titles={reason.sources} list={sources} />
                  </li>
                ))}
              </ol>
            )}
            {view.parts
              .filter((part) => part.kind === 'profile')
              .map((part) => (
                <p key={part.id}>
                  <strong>{part.label}</strong>{' '}
                  <Pull towards={part.towards} points={signed(part.value)} />: {part.sentence}
                </p>
              ))}
            {view.zeroPull.map((group) => (
              <p key={group.label}>
                {group.label}: {group.criteria.join(', ')}.
              </p>
            ))}

            <h3>The answers</h3>
            <AnswerList label={view.answers.givenLabel} answers={view.answers.given} />
            {view.answers.assumed.length > 0 && (
              <AnswerList label={view.answers.assumedLabel} answers={view.answers.assumed} />
            )}

            <h3>What would flip it to {view.flips.towardsName}</h3>
            {view.fragile && <p>{view.fragile}</p>}
            <h4>{IF_AN_ANSWER_IS_OFF}</h4>
            {view.flips.rows.length > 0 ? (
              <FlipTableView
                className="flip-table report-table report-table--flips"
                caption={view.flips.caption}
                rows={view.flips.rows}
              />
            ) : (
              <p>{view.flips.caption}</p>
            )}
            <h4>{IF_THINGS_CHANGE}</h4>
            {view.flips.events.length > 0 ? (
              <FlipTableView
                className="flip-table report-table report-table--flips"
                caption={view.flips.eventsCaption}
                rows={view.flips.events}
              />
            ) : (
              <p>{view.flips.eventsCaption}</p>
            )}
            <p>
              <strong>{WEIGHT_SENSITIVITY}:</strong> {view.flips.weightSentence}
            </p>

            <h3>When to revisit</h3>
            <p>{view.review.sentence}</p>
            {view.triggers.length > 0 && (
              <TriggerTableView
                className="trigger-table report-table report-table--triggers"
                caption={TRIGGERS_INTRO}
                rows={view.triggers.map((t) => ({
                  ...t,
                  source: t.source ? sourceNumber(t.source, sources) : null,
                }))}
              />
            )}
            <p className="report-service__end">End of {service.name}</p>
          </div>
        </div>
      </div>
    </article>
  );
}

/** Longest name the "continued" line repeats, so it stays one line on A4, Letter and A5. */
const CONTINUED_NAME_MAX = 80;

function continuedName(name: string): string {
  const [...chars] = name;
  return chars.length > CONTINUED_NAME_MAX
    ? `${chars.slice(0, CONTINUED_NAME_MAX - 1).join('')}…`
    : name;
}

/** "(towards Go, −4.0)": the direction in words, so it reads the same in black and white. */
function Pull({ towards, points }: { towards: Language; points: string }) {
  return (
    <span className={`report-pull report-pull--${towards}`}>
      (towards {LANGUAGE_NAME[towards]}, {points})
    </span>
  );
}

/** The answers behind the verdict, as a compact list under its label. */
function AnswerList({
  label,
  answers,
}: {
  label: string;
  /** An assumed answer carries its label: "Assumed from “Payments API”". */
  answers: readonly { questionId: string; prompt: string; answer: string; label?: string }[];
}) {
  return (
    <>
      <p className="report-answers__label">{label}:</p>
      {answers.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="report-list report-answers">
          {answers.map((a) => (
            <li key={a.questionId}>
              {a.prompt} <strong>{a.answer}</strong>
              {a.label && ` — ${a.label}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
