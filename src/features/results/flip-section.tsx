import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import {
  describeAnswerFlip,
  describeAnswerFlipCount,
  describeWeightFlip,
  type Recommendation,
} from '../../domain';
import { LANGUAGE_NAME } from '../../domain/describe';
import { paths } from '../../components/paths';
import './explain.css';

/** The smallest answer and weight changes that would turn the verdict, and whether it is fragile. */
export function FlipSection({ result, serviceId }: { result: Recommendation; serviceId: string }) {
  const kb = getKnowledgeBase();
  const { answers, weights, towards } = result.flips;
  const gateId = result.verdict.kind === 'gated' ? result.verdict.gateId : undefined;
  const gate = kb.gates.find((g) => g.id === gateId);
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
      <p>
        {weights.kind === 'found'
          ? `${describeWeightFlip(kb, weights.smallest)} No smaller change to one weight would.`
          : weights.reason === 'gated'
            ? `${gate?.label ?? 'A gate'} holds this verdict whatever the weights; only answers can change it.`
            : 'No change to a single criterion’s weight, anywhere from 0 to 5, flips it.'}
      </p>
    </section>
  );
}
