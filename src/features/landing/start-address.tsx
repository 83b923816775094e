import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import type { KnowledgeBase } from '../../../content';
import { useKnowledgeBaseResult } from '../../state/knowledge-base';
import { replacingNeedsConfirmation } from '../../state/planner-store';
import { getOwnInputs, useHasOwnWork } from '../../state/own-plan';
import { ReplaceDialog } from './lazy-replace-dialog';

interface StartAddressProps {
  /** The worked example the address names; none for a blank questionnaire. */
  presetId: string | undefined;
  /** Starts over, blank or from the worked example, and leaves the address. */
  onStart: (presetId: string | undefined) => void;
  /** Leaves the address without starting anything. */
  onLeave: () => void;
  /** Takes focus when the question closes, if nothing else can. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/**
 * What a start address (#/start, #/start/<presetId>) asks for. Its links work before the app has
 * run, so this is where a click on the pre-rendered landing ends up, as well as a bookmark or a
 * link from elsewhere. Once content has loaded (it names the worked examples):
 * - with nothing saved, it starts at once, as a click on the running landing does;
 * - with saved work, it asks first, in the same words;
 * - an unknown worked example (a mistyped or tampered link) is said plainly, and nothing changes.
 *
 * Suspends until content has loaded: render it inside a Suspense boundary.
 */
export function StartAddress(props: StartAddressProps) {
  // No other hook here: see useKnowledgeBaseResult.
  const result = useKnowledgeBaseResult();
  // Invalid content: the app shows what is wrong with it instead of any page.
  if (!result.ok) return null;
  return <StartRequest {...props} knowledgeBase={result.value} />;
}

function StartRequest({
  presetId,
  onStart,
  onLeave,
  fallbackFocus,
  knowledgeBase,
}: StartAddressProps & { knowledgeBase: KnowledgeBase }) {
  const hasWork = useHasOwnWork();
  const preset =
    presetId === undefined ? undefined : knowledgeBase.presets.find((p) => p.id === presetId);
  const known = presetId === undefined || preset !== undefined;
  const startNow = known && !hasWork;

  const start = useEffectEvent(() => {
    // Checked against the store itself, not the last render: never replace work unasked.
    if (!replacingNeedsConfirmation()) onStart(presetId);
  });
  // Once: the start navigates away, and a second run (Strict Mode) would find the new work.
  const started = useRef(false);
  useEffect(() => {
    if (!startNow || started.current) return;
    started.current = true;
    start();
  }, [startNow]);

  if (!known) {
    return (
      <div className="notice notice--warning" role="alert">
        <p className="notice__title">This worked example does not exist</p>
        <p>
          The address asks to start from a worked example that this version of the planner does not
          have, so nothing was started and nothing you saved has changed. Choose one of the worked
          examples below, or start a blank questionnaire.
        </p>
        <div className="notice__actions">
          <button type="button" className="button button--secondary" onClick={onLeave}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  if (startNow) return null;
  return (
    <ReplaceDialog
      label={preset ? `from “${preset.name}”` : 'a blank questionnaire'}
      own={getOwnInputs()}
      onReplace={() => onStart(presetId)}
      onKeep={onLeave}
      fallbackFocus={fallbackFocus}
    />
  );
}
