import { Component, Suspense, type ReactNode } from 'react';
import './charts.css';

/** Keeps a failed chart (say, its code could not load offline) from taking the page down. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <p className="chart-slot__note">
        The chart could not be drawn; the table shows the same figures.
      </p>
    ) : (
      this.props.children
    );
  }
}

/**
 * Where a lazily loaded chart goes. The chart is decorative for assistive technology: every chart
 * sits next to a table with the same figures, which is what screen readers and print get.
 * Environments without ResizeObserver (which responsive charts need) show the table alone.
 */
export function ChartSlot({ children, className }: { children: ReactNode; className?: string }) {
  if (typeof ResizeObserver === 'undefined') return null;
  return (
    <div className={`chart-slot${className ? ` ${className}` : ''}`} aria-hidden="true">
      <ChartBoundary>
        <Suspense fallback={<p className="chart-slot__note">Drawing the chart…</p>}>
          {children}
        </Suspense>
      </ChartBoundary>
    </div>
  );
}
