import { useEffect } from 'react';

/**
 * Scrolls to and focuses the element with this id once the page has rendered, so a link to one
 * entry lands on it for sighted, keyboard and screen-reader users alike. Returns whether the
 * element exists, for the page to say so when it does not.
 */
export function useAnchorFocus(elementId: string | undefined): void {
  useEffect(() => {
    if (!elementId) return;
    const element = document.getElementById(elementId);
    if (!element) return;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [elementId]);
}
