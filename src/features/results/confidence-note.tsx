import { getKnowledgeBase } from '../../../content';
import { explainConfidence, type Confidence } from '../../domain';
import './explain.css';

/** How far to trust the verdict, what that rests on, and what would raise it. */
export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  const words = explainConfidence(getKnowledgeBase(), confidence);
  return (
    <div className={`confidence confidence--${confidence.level}`}>
      <p className="confidence__summary">{words.summary}</p>
      {words.toRaise && (
        <p className="confidence__raise">{words.toRaise} “Not sure” counts as unanswered.</p>
      )}
    </div>
  );
}
