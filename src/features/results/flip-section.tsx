import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import {
  describeAnswerFlipCount,
  describeFlipEvent,
  describeFlippedVerdict,
  describeWeightFlips,
  type Recommendation,
} from '../../domain';
import { LANGUAGE_NAME } from '../../domain/describe';
import { paths } from '../../components/paths';
import './explain.css';

/** The smallest answer and weight changes that would turn the verdict, and whether it is fragile. */
export function FlipSection({ result, serviceId }: { result: Recommendation; serviceId: string }) {
  const kb = getKnowledgeBase();
  const { answers, weights, towards, settle } = result.flips;
  if (!towards) return null;
  return (
    <section className="explain flips" aria-labelledby="flip-heading">
      <h2 id="flip-heading">What would flip it to {LANGUAGE_NAME[towards]}</h2>
      {result.fragile && (
        <p className="flips__fragile">
          <strong>Fragile:</strong> one realistic answer change would turn it.
        </p>
      )}
      {settle.length > 0 && (
        <>
          <h3>Answer these to settle it</h3>
          <ul>
            {settle.map((q) => (
              <li key={q.questionId}>
                {q.prompt}{' '}
                {q.answers
                  .map((a) => `“${a.option.label}” → ${describeFlippedVerdict(kb, a.verdict)}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Answers</h3>
      <p>{describeAnswerFlipCount(answers)}</p>
      {answers.kind === 'found' && (
        <>
          {answers.sets.length > 1 && (
            <p className="muted">
              {answers.size === 1 ? 'Any one of these would do it:' : 'Each of these would do it:'}
            </p>
          )}
          <table className="flips__table">
            <caption className="visually-hidden">
              Answer changes that would flip the verdict
            </caption>
            <thead>
              <tr>
                <th scope="col">If</th>
                <th scope="col">Question</th>
                <th scope="col">Now</th>
                <th scope="col">Would need</th>
                <th scope="col">Then</th>
              </tr>
            </thead>
            {answers.sets.map((set, i) => (
              <tbody key={set.changes.map((c) => `${c.questionId}=${c.to.optionId}`).join('&')}>
                {set.changes.map((c, j) => (
                  <tr key={c.questionId}>
                    {j === 0 && (
                      <th scope="rowgroup" rowSpan={set.changes.length}>
                        {describeFlipEvent(set)}
                        <span className="visually-hidden"> (option {i + 1})</span>
                      </th>
                    )}
                    <td>{c.prompt}</td>
                    <td>
                      {c.from ? c.from.label : 'Unanswered'}
                      {c.fromAssumed ? ' (assumed)' : ''}
                    </td>
                    <td>{c.to.label}</td>
                    {j === 0 && (
                      <td rowSpan={set.changes.length}>
                        {describeFlippedVerdict(kb, set.verdict)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </>
      )}
      <p>
        <Link href={paths.review(serviceId)}>Review or change the answers</Link>
      </p>
      <h3>Weights</h3>
      <p>{describeWeightFlips(kb, weights, result.verdict)}</p>
    </section>
  );
}
