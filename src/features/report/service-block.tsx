import type { Language } from '../../../content';
import { LANGUAGE_NAME } from '../../domain/describe';
import type { ReportService } from '../../domain/report-model';
import { ServiceNotes } from '../../components/service-notes';
import { SourceRefs } from './source-refs';

/**
 * One service on paper: verdict and margin, reasons with their sources, what would flip it and
 * when to revisit it. The block is kept on one page, so it stays compact: sources are cited by
 * their number in the report's list, and one way to flip the verdict stands for the others.
 * Its heading and closing line mark where it starts and ends.
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
  const [example, ...others] = service.flips.answerSets;
  return (
    <article
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
          {service.name}
        </h2>
        <p className="report-service__verdict">
          Verdict: <strong>{service.verdict}</strong>
        </p>
      </header>
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

      <h3>
        {service.flips.towards
          ? `What would flip it to ${LANGUAGE_NAME[service.flips.towards]}`
          : 'What would flip it'}
      </h3>
      <p>
        {service.flips.answers} {service.flips.weights}
      </p>
      {example && (
        <p className="report-service__example">
          For example: {example}
          {others.length > 0 &&
            ` (${others.length} other ${others.length === 1 ? 'set' : 'sets'} of changes would do it too.)`}
        </p>
      )}

      <h3>Revisit triggers</h3>
      <p>{service.review}</p>
      <ul className="report-list">
        {service.triggers.map((t) => (
          <li key={t.id}>
            <strong>{t.label}.</strong> {t.condition}{' '}
            {t.source ? (
              <SourceRefs titles={[t.source]} list={sources} />
            ) : (
              <span className="report-cite">(Computed from this result.)</span>
            )}
          </li>
        ))}
      </ul>
      <p className="report-service__end">End of {service.name}</p>
    </article>
  );
}

/** "(towards Go, −4.0)": the direction in words, so it reads the same in black and white. */
function Pull({ towards, points }: { towards: Language; points: string }) {
  return (
    <span className={`report-pull report-pull--${towards}`}>
      (towards {LANGUAGE_NAME[towards]}, {points})
    </span>
  );
}
