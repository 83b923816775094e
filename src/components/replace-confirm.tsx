import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface ReplaceConfirmProps {
  /** The question: "Replace your current answers?". */
  title: string;
  /** What will be replaced, naming the person's own services, and by what. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** "Download my answers first": saves the answers that would be replaced as a file. */
  onDownload: () => void;
  cancelLabel: string;
  onCancel: () => void;
  /** Takes focus when the question closes if what had it before is no longer on the page. */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * The one question asked before a person's own work is replaced — by a worked example, a blank
 * questionnaire, a shared plan or a file. It may open far from what asked for it (on a phone, a
 * screen or two away), so it takes focus, which also scrolls it into view; on closing, focus goes
 * back to what had it before.
 */
export function ReplaceConfirm({
  title,
  children,
  confirmLabel,
  onConfirm,
  onDownload,
  cancelLabel,
  onCancel,
  fallbackFocus,
}: ReplaceConfirmProps) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    const opener = document.activeElement;
    const fallback = fallbackFocus?.current;
    // After the rest of this commit's effects: a page arriving at a start address focuses its
    // heading in an effect that runs after this one (parents' run last).
    let open = true;
    queueMicrotask(() => {
      if (open) ref.current?.focus();
    });
    return () => {
      open = false;
      // After confirming, the page may have gone, and the next page focuses its heading.
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
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
    >
      <p className="notice__title" id={`${id}-title`}>
        {title}
      </p>
      <div id={`${id}-text`}>{children}</div>
      <div className="notice__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onDownload}>
          Download my answers first
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
