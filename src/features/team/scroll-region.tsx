import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls sideways inside this region; it takes focus so keyboard
 * users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
    <div className="team-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
