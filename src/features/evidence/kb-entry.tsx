import type { ReactNode } from 'react';

/**
 * One entry of the evidence library: an article addressable as `#<anchor>`, which takes focus
 * and is marked when an address points at it (`target`), named by its heading, with an optional
 * note beside the heading.
 */
export function KbEntry({
  anchor,
  target,
  title,
  level = 3,
  beside,
  children,
}: {
  anchor: string;
  target: boolean;
  title: ReactNode;
  level?: 3 | 4;
  beside?: ReactNode;
  children: ReactNode;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const heading = (
    <Heading id={`${anchor}-title`} className="kb-entry__title">
      {title}
    </Heading>
  );
  return (
    <article
      id={anchor}
      tabIndex={-1}
      className={`kb-entry${target ? ' kb-entry--target' : ''}`}
      aria-labelledby={`${anchor}-title`}
    >
      {beside ? (
        <div className="kb-entry__head">
          {heading}
          {beside}
        </div>
      ) : (
        heading
      )}
      {children}
    </article>
  );
}
