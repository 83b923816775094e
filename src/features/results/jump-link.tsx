import type { ReactNode } from 'react';

/**
 * A link to a section further down the page. Addresses live in the fragment (hash routing), so a
 * plain "#id" would be read as a page: this moves focus to the section's heading instead, which
 * also scrolls it into view, and its address is the page's own for a middle click.
 */
export function JumpLink({
  href,
  target,
  className,
  children,
}: {
  /** The page's own address, for a new tab. */
  href: string;
  /** The id of the heading to move to. */
  target: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={`#${href}`}
      className={className}
      onClick={(event) => {
        const heading = document.getElementById(target);
        if (!heading) return;
        event.preventDefault();
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        heading.scrollIntoView({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
