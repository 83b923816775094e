import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import {
  describeAnswerFlip,
  describeAnswerFlipCount,
  describeWeightFlips,
  type Recommendation,
} from '../../domain';
import { LANGUAGE_NAME } from '../../domain/describe';
import { paths } from '../../components/paths';
import './explain.css';

/** The smallest answer and weight changes that would turn the verdict, and whether it is fragile. */
export function FlipSection({ result, serviceId }: { result: Recommendation; serviceId: string }) {
  const kb = getKnowledgeBase();
  const { answers, weights, towards } = result.flips;
  return (
    <section className="explain flips" aria-labelledby="flip-heading">
      <h2 id="flip-heading">What would flip it to {LANGUAGE_NAME[towards]}</h2>
      {result.fragile && (
        <p className="flips__fragile">
          <strong>Fragile:</strong> the lead is under {Math.round(kb.scoring.fragileMargin * 100)}%
          of the largest possible score, so small changes can turn it.
        </p>
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
          <ul className="flips__list">
            {answers.sets.map((set) => (
              <li key={set.changes.map((c) => `${c.questionId}=${c.to.optionId}`).join('&')}>
                {describeAnswerFlip(kb, set)}
              </li>
            ))}
          </ul>
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
