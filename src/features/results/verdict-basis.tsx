import { Link } from 'wouter';
import type { Recommendation } from '../../domain/recommend';
import type { RecommendationView } from '../../domain/recommendation-view';
import { LANGUAGE_NAME } from '../../domain/words';
import { routes } from '../../routes';
import { CitationList } from './citation-list';

/**
 * What a verdict rests on besides the score: the deal-breakers that decide it (with what the
 * chosen language still costs), and the answers assumed from the kind of service.
 */
export function VerdictBasis({
  result,
  view,
  serviceId,
}: {
  result: Recommendation;
  view: RecommendationView;
  serviceId: string;
}) {
  const { dealBreakers, verdict } = result;
  const assumptions = view.answers.assumed;
  const chosen = 'language' in verdict ? verdict.language : undefined;
  const costs = chosen ? result.reasons.filter((r) => r.towards !== chosen) : [];
  return (
    <>
      {dealBreakers.length > 0 && (
        <section className="deal-breakers" aria-labelledby="deal-breakers-heading">
          <h2 id="deal-breakers-heading">
            {dealBreakers.length === 1 ? 'The deal-breaker' : 'The deal-breakers'}
          </h2>
          <ul>
            {dealBreakers.map((d) => (
              <li key={d.dealBreakerId}>
                <p>
                  <strong>
                    {d.label}: rules out {LANGUAGE_NAME[d.rulesOut]}.
                  </strong>{' '}
                  {d.explanation}
                </p>
                <CitationList citations={d.citations} />
              </li>
            ))}
          </ul>
          {chosen && costs.length > 0 && (
            <>
              <h3>What {LANGUAGE_NAME[chosen]} still costs here</h3>
              <ul>
                {costs.map((r) => (
                  <li key={r.criterionId}>
                    <strong>{r.label}:</strong> {r.sentence}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {assumptions.length > 0 && (
        <section className="assumptions" aria-labelledby="assumptions-heading">
          <h2 id="assumptions-heading">Assumed, not answered</h2>
          <p>
            These answers were filled in from what the kind of service typically implies. An answer
            given replaces an assumption.
          </p>
          <ul>
            {assumptions.map((a) => (
              <li key={a.questionId}>
                {a.prompt} <strong>{a.answer}</strong> — {a.label}.{' '}
                <Link href={routes.review.href(serviceId)}>Answer it to confirm</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** For a service with nothing answered: no verdict, and what to answer first. */
export function NotStarted({ result, serviceId }: { result: Recommendation; serviceId: string }) {
  return (
    <section className="verdict verdict--none" aria-labelledby="verdict-heading">
      <p className="eyebrow">Recommendation</p>
      <h2 id="verdict-heading" className="verdict__headline">
        Not started
      </h2>
      <p className="verdict__detail">
        Nothing about this service is answered yet, so there is no verdict, and the portfolio does
        not count it. Start with the questions that carry the most weight:
      </p>
      <ol>
        {result.firstQuestions.map((q) => (
          <li key={q.questionId}>{q.prompt}</li>
        ))}
      </ol>
      <p>
        <Link href={routes.step.href(serviceId, 1)} className="button">
          Answer the questions
        </Link>
      </p>
    </section>
  );
}
