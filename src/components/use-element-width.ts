import { useCallback, useState } from 'react';

/**
 * An element's content width in whole pixels, kept current as it resizes (0 until measured).
 * Attach the returned ref callback to the element; charts draw at this width, so their text
 * stays at its real size instead of being scaled with the drawing.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    setWidth(Math.floor(element.getBoundingClientRect().width));
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
