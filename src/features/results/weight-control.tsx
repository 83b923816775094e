import { useRef } from 'react';
import type { Criterion } from '../../../content';
import { formatWeight } from '../../domain/describe-flips';
import { describeVerdictShort } from '../../domain/describe-portfolio';
import type { WeightFlip } from '../../domain/flips';
import { verdictLanguage } from '../../domain/score';
import { WEIGHT_RANGE } from '../../domain/weights';
import { LANGUAGE_NAME } from '../../domain/words';
import { resetWeight, setWeight } from '../../state/planner-store';
import { describePoints } from './contribution-data';

/** One criterion's weight: a labelled slider (arrow keys move it by a step), its value and reset. */
export function WeightControl({
  criterion,
  weight,
  contribution,
  flip,
}: {
  criterion: Criterion;
  weight: number;
  contribution: number;
  /** The nearest weight for this criterion that would flip the verdict, if there is one. */
  flip: WeightFlip | undefined;
}) {
  const slider = useRef<HTMLInputElement>(null);
  const id = `weight-${criterion.id}`;
  const byDefault = criterion.defaultWeight;
  const changed = weight !== byDefault;
  const change = (value: number) => {
    if (value === byDefault) resetWeight(criterion.id);
    else setWeight(criterion.id, value);
  };
  return (
    <li className={`weight${changed ? ' weight--changed' : ''}`}>
      <div className="weight__head">
        <label htmlFor={id} className="weight__label">
          {criterion.label}
        </label>
        {changed && (
          <span className="weight__badge">
            <span aria-hidden="true">✎ </span>Changed from {formatWeight(byDefault)}
          </span>
        )}
      </div>
      <div className="weight__row">
        <input
          ref={slider}
          type="range"
          id={id}
          min={WEIGHT_RANGE.min}
          max={WEIGHT_RANGE.max}
          step={WEIGHT_RANGE.step}
          value={weight}
          aria-valuetext={`${formatWeight(weight)} of ${WEIGHT_RANGE.max}${changed ? `, changed from the default ${formatWeight(byDefault)}` : ', the default'}`}
          aria-describedby={`${id}-note`}
          onChange={(event) => change(Number(event.target.value))}
        />
        {/* The slider announces its own value; this copy is for the eye (an <output> would be a
            second live region repeating it). */}
        <span className="weight__value" aria-hidden="true">
          {formatWeight(weight)}
        </span>
        {changed && (
          <button
            type="button"
            className="button button--quiet weight__reset"
            onClick={() => {
              resetWeight(criterion.id);
              slider.current?.focus();
            }}
          >
            Reset{' '}
            <span className="visually-hidden">
              {criterion.label} to {formatWeight(byDefault)}
            </span>
          </button>
        )}
      </div>
      <p id={`${id}-note`} className="weight__note">
        Default {formatWeight(byDefault)}. Pull now:{' '}
        {contribution === 0 ? 'none, as no answer leans it' : describePoints(contribution)}.
        {flip &&
          ` At ${formatWeight(flip.to)}, ${winnerName(flip)} would win${
            // An unmoved criterion still counts in the total weight, which sets the band's width.
            contribution !== 0
              ? ''
              : `, as the close-call band ${flip.to < weight ? 'narrows' : 'widens'}`
          }.`}
      </p>
    </li>
  );
}

function winnerName(flip: WeightFlip): string {
  const language = verdictLanguage(flip.verdict);
  return language ? LANGUAGE_NAME[language] : describeVerdictShort(flip.verdict);
}
