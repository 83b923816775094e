import { useEffect, useRef } from 'react';

/** False until the first page has rendered: the initial load keeps the browser's own focus. */
let navigated = false;

/**
 * Sets the document title, and moves focus to the page's heading whenever `key` changes — on
 * every step and page change after the first — so keyboard and screen-reader users start at the
 * top of what is new.
 */
export function usePageFocus<T extends HTMLElement>(key: string, title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (navigated) ref.current?.focus();
    navigated = true;
  }, [key]);
  return ref;
}
