import { LANGUAGE_NAME } from '../../domain/describe';
import type { Reason } from '../../domain/recommend';
import { CitationList } from './citation-list';

/** Each criterion's pull, strongest first, with the answers that caused it and its evidence. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) {
    return (
      <p>
        No answer so far leans either way, so there are no reasons yet. Answer a few questions to
        see them.
      </p>
    );
  }
  return (
    <ol className="reasons">
      {reasons.map((reason) => (
        <li key={reason.criterionId} className={`reason reason--${reason.towards}`}>
          <div className="reason__header">
            <h3 className="reason__title">{reason.label}</h3>
            <span className={`tag tag--${reason.towards}`}>
              Towards {LANGUAGE_NAME[reason.towards]}: {reason.contribution > 0 ? '+' : '−'}
              {Math.abs(reason.contribution).toFixed(1)}
              <span className="visually-hidden"> points of a possible {reason.weight}</span>
            </span>
          </div>
          <p>{reason.sentence}</p>
          {reason.answers.length > 0 && (
            <p className="reason__answers">
              Because you answered{' '}
              {reason.answers.map((a, i) => (
                <span key={a.questionId}>
                  {i > 0 && '; '}“{a.prompt}” — <strong>{a.answer}</strong>
                </span>
              ))}
              .
            </p>
          )}
          <CitationList citations={reason.citations} />
        </li>
      ))}
    </ol>
  );
}
