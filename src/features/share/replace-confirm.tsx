import { useEffect, useRef } from 'react';
import { describeCount } from './words';
import { downloadAnswers } from './download-answers';
import type { PlannerInputs } from '../../domain';

/**
 * Asks before the person's own answers are replaced, and offers to download them first. Takes
 * focus when it appears, so keyboard and screen-reader users meet the question at once.
 */
export function ReplaceConfirm({
  own,
  what,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  own: PlannerInputs;
  /** What replaces them: "this shared plan", "the answers in this file". */
  what: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <div
      className="notice notice--warning"
      role="alertdialog"
      aria-labelledby="replace-own-title"
      aria-describedby="replace-own-text"
    >
      <p className="notice__title" id="replace-own-title" ref={titleRef} tabIndex={-1}>
        Replace the answers saved in this browser?
      </p>
      <p id="replace-own-text">
        Your own answers ({describeCount(own)}) will be replaced by {what}. Download them first if
        you may want them back.
      </p>
      <div className="notice__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadAnswers(own)}
        >
          Download my answers first
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
