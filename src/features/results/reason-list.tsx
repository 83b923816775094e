import type { ViewReason } from '../../domain/recommendation-view';
import { LANGUAGE_NAME } from '../../domain/words';
import { CitationList } from './citation-list';

/**
 * Each criterion's pull, strongest first, with the answers behind it — given ones as given (by
 * the reader, or a shared plan's author), assumed ones as assumed — and its evidence.
 */
export function ReasonList({ reasons }: { reasons: readonly ViewReason[] }) {
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
              Towards {LANGUAGE_NAME[reason.towards]}: {reason.points}
              <span className="visually-hidden"> points of a possible {reason.weight}</span>
            </span>
          </div>
          <p>{reason.sentence}</p>
          {reason.because.map((group) => (
            <p
              key={group.intro}
              className={`reason__answers${group.assumed ? ' reason__answers--assumed' : ''}`}
            >
              {group.intro}{' '}
              {group.answers.map((a, i) => (
                <span key={a.questionId}>
                  {i > 0 && '; '}“{a.prompt}” — <strong>{a.answer}</strong>
                </span>
              ))}
              .
            </p>
          ))}
          <CitationList citations={reason.citations} />
        </li>
      ))}
    </ol>
  );
}
