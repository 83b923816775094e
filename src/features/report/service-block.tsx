import type { Language } from '../../../content';
import { LANGUAGE_NAME } from '../../domain/describe';
import { FlipTableView } from '../../components/flip-table-view';
import { TriggerTableView } from '../../components/trigger-table-view';
import type { ReportService } from '../../domain/report-model';
import { ServiceNotes } from '../../components/service-notes';
import { SourceRefs, sourceNumber } from './source-refs';

/**
 * One service on paper: verdict and margin, reasons with their sources, what would flip it and
 * when to revisit it, as compact tables. Each service starts a page; it is compact enough to fit
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
  // On paper the firmest set of answers stands for the others (the result page lists them all).
  const answerRows = service.flips.rows.filter((r) => r.kind === 'answers');
  const otherSets = Math.max(0, answerRows.length - 1);
  const shownFlips = [
    ...answerRows.slice(0, 1),
    ...service.flips.rows.filter((r) => r.kind === 'weight'),
  ];
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
          Verdict: <strong>{service.verdict}</strong>
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
            <ServiceNotes notes={service.userNotes} />
            <p>
              {service.verdictDetail} {service.margin} {service.confidence}
            </p>
            {service.fragile && <p className="report-service__warning">{service.fragile}</p>}

            {service.notes.map((note) => (
              <div className="report-note" key={note.title}>
                <h3>{note.title}</h3>
                <p>
                  {note.text} <SourceRefs titles={note.sources} list={sources} />
                </p>
              </div>
            ))}

            <h3>Reasons, strongest first</h3>
            {service.reasons.length === 0 ? (
              <p>No answer leans either way, so there are no reasons yet.</p>
            ) : (
              <ol className="report-list">
                {service.reasons.map((reason) => (
                  <li key={reason.criterionId}>
                    <strong>{reason.label}</strong>{' '}
                    <Pull towards={reason.towards} points={reason.points} />: {reason.sentence}{' '}
                    <SourceRefs titles={reason.sources} list={sources} />
                  </li>
                ))}
              </ol>
            )}

            <h3>What would flip it to {service.flips.towardsName}</h3>
            {shownFlips.length > 0 ? (
              <FlipTableView
                className="flip-table report-table report-table--flips"
                caption={flipCaption(service.flips.fewestAnswers, otherSets)}
                rows={shownFlips}
              />
            ) : (
              <p>No change of up to {service.flips.searched ?? 3} answers flips it.</p>
            )}
            {service.flips.weightNote && <p>{service.flips.weightNote}</p>}

            <h3>Revisit triggers</h3>
            {service.triggers.length > 0 ? (
              <TriggerTableView
                className="trigger-table report-table report-table--triggers"
                caption={`${service.review} (or any row above comes true):`}
                rows={service.triggers.map((t) => ({
                  ...t,
                  source: t.source ? sourceNumber(t.source, sources) : null,
                }))}
              />
            ) : (
              <p>{service.review.replace(/, or sooner if:$/, '.')}</p>
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

function flipCaption(fewest: number | null, others: number): string {
  const also =
    others > 0
      ? ` ${others} other ${others === 1 ? 'set' : 'sets'} of answers would do it too.`
      : '';
  if (fewest === null) return `No answers flip it within reach; a change of priorities would.`;
  return fewest === 1
    ? `Any one row flips it.${also}`
    : `The first row’s ${fewest} changes flip it together.${also}`;
}
