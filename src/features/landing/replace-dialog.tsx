import { useEffect, useRef, type RefObject } from 'react';

interface ReplaceDialogProps {
  /** What would start, completing "Starting …": "a blank questionnaire", "from “Edge proxy”". */
  label: string;
  /** How many services the saved work has: starting over replaces them all. */
  serviceCount: number;
  onReplace: () => void;
  onKeep: () => void;
  /** Takes focus when the dialog closes if what had it before is no longer on the page. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/**
 * "Replace your current answers?", asked before starting over would replace saved work. It may
 * open far from the link that asked for it (on a phone, a screen or two away), or on arrival at a
 * start address, so it takes focus, which also scrolls it into view; on closing, focus goes back
 * to what had it before.
 */
export function ReplaceDialog({
  label,
  serviceCount,
  onReplace,
  onKeep,
  fallbackFocus,
}: ReplaceDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    const fallback = fallbackFocus.current;
    // After the rest of this commit's effects: arriving at a start address from another page,
    // the landing focuses its heading in an effect that runs after this one (parents' run last).
    let open = true;
    queueMicrotask(() => {
      if (open) ref.current?.focus();
    });
    return () => {
      open = false;
      // After "Replace and start" the landing has gone, and the next page focuses its heading.
      const back = [opener, fallback].find(
        (element) =>
          element instanceof HTMLElement && element !== document.body && element.isConnected,
      );
      if (back instanceof HTMLElement) back.focus();
    };
  }, [fallbackFocus]);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="notice notice--warning"
      role="alertdialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
    >
      <p className="notice__title" id="replace-title">
        Replace your current answers?
      </p>
      <p id="replace-text">
        Starting {label} replaces the answers you have saved in this browser
        {serviceCount > 1 ? `, for all ${serviceCount} services` : ''}.
      </p>
      <div className="notice__actions">
        <button type="button" className="button button--primary" onClick={onReplace}>
          Replace and start
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          Keep my answers
        </button>
      </div>
    </div>
  );
}
