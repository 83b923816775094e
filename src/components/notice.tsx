import type { ReactNode } from 'react';

/** A message box. `status` is announced politely; `alert` interrupts. */
export function Notice({
  tone = 'info',
  title,
  children,
  actions,
}: {
  tone?: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="notice__title">{title}</p>
      {children}
      {actions && <div className="notice__actions">{actions}</div>}
    </div>
  );
}
