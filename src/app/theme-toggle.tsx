import type { ReactNode } from 'react';
import { setThemeChoice, useThemeChoice, type ThemeChoice } from './theme';

const CHOICES: { value: ThemeChoice; label: string; icon: ReactNode }[] = [
  {
    value: 'system',
    label: 'System',
    icon: (
      <>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </>
    ),
  },
  {
    value: 'light',
    label: 'Light',
    icon: (
      <>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </>
    ),
  },
  {
    value: 'dark',
    label: 'Dark',
    icon: <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />,
  },
];

/**
 * Three buttons, one pressed: follow the system, or always light, or always dark. On narrow
 * screens the words are hidden visually but stay the buttons' names.
 */
export function ThemeToggle() {
  const choice = useThemeChoice();
  return (
    <div className="theme-toggle" role="group" aria-label="Colour theme">
      {CHOICES.map(({ value, label, icon }) => (
        <button
          key={value}
          type="button"
          className="theme-toggle__option"
          aria-pressed={choice === value}
          onClick={() => setThemeChoice(value)}
        >
          <svg
            className="theme-toggle__icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            {icon}
          </svg>
          <span className="visually-hidden-narrow">{label}</span>
        </button>
      ))}
    </div>
  );
}
