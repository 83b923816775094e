import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element by id once the next render has put it on the page: after a list
 * action the element to focus (a new card's name field, the Undo button) does not exist yet.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    if (element) {
      element.focus();
      pending.current = null;
    }
  });
  return (elementId: string) => {
    pending.current = elementId;
  };
}
