import { useRef } from 'react';
import { useScoringKnowledgeBase } from '../../state/scoring';
import { describeVerdict } from '../../domain/describe';
import type { Recommendation } from '../../domain/recommend';
import { changedWeights } from '../../domain/weights';
import { resetWeights, usePlannerStore } from '../../state/planner-store';
import { WeightControl } from './weight-control';
import './explain.css';

/**
 * The weights, changeable in place, with the verdict they give shown live beside them. Weights
 * belong to the planner (every service) and are saved with the answers.
 */
export function WeightsPanel({ result }: { result: Recommendation }) {
  const kb = useScoringKnowledgeBase();
  const overrides = usePlannerStore((s) => s.weights);
  const heading = useRef<HTMLHeadingElement>(null);
  const changed = Object.keys(changedWeights(kb, overrides)).length;
  const words = describeVerdict(kb, result.verdict, result);
  const flips = result.flips.weights.kind === 'found' ? result.flips.weights.byCriterion : [];
  return (
    <section className="explain weights no-print" aria-labelledby="weights-heading">
      <h2 id="weights-heading" ref={heading} tabIndex={-1}>
        Weigh the criteria
      </h2>
      <p>
        How much each criterion counts, from 0 (ignored) to 5 (decisive). Weights apply to every
        service and are saved in this browser with your answers. On a slider, the arrow keys move it
        by half a point.
      </p>
      <div className="weights__status">
        <p role="status" className="weights__verdict">
          With these weights: <strong>{words.headline}</strong>
          <span className="weights__detail visually-hidden-narrow"> — {words.detail}</span>
        </p>
        <p className="weights__changed">
          {changed === 0
            ? 'All weights are at their defaults.'
            : `${changed} of ${kb.criteria.length} weights changed from the defaults.`}
          {changed > 0 && (
            <button
              type="button"
              className="button button--secondary weights__reset-all"
              onClick={() => {
                resetWeights();
                heading.current?.focus();
              }}
            >
              Reset all weights to defaults
            </button>
          )}
        </p>
      </div>
      <ul className="weights__list">
        {kb.criteria.map((criterion) => {
          const score = result.criteria.find((c) => c.criterionId === criterion.id);
          return (
            <WeightControl
              key={criterion.id}
              criterion={criterion}
              weight={score?.weight ?? criterion.defaultWeight}
              contribution={score?.contribution ?? 0}
              flip={flips.find((f) => f.criterionId === criterion.id)}
            />
          );
        })}
      </ul>
    </section>
  );
}
