import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/** How long a page may take to load before we say so: shorter waits would only flash. */
const SHOW_LOADING_AFTER_MS = 400;

/**
 * Around every page: one that fails to render shows a way forward (ErrorBoundary, which also
 * catches a page chunk that could not be fetched), and one whose chunk is still on its way says
 * so after a moment.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function PageLoading() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), SHOW_LOADING_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className="page-loading" role="status">
      {visible ? 'Loading the page…' : ''}
    </p>
  );
}
