import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../../src/app/theme';
import { ThemeToggle } from '../../src/app/theme-toggle';

afterEach(() => document.documentElement.removeAttribute('data-theme'));

describe('theme toggle', () => {
  it('follows the system until a theme is picked, then remembers it', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    const group = screen.getByRole('group', { name: 'Colour theme' });
    const button = (name: string) => within(group).getByRole('button', { name });
    expect(button('System')).toHaveAttribute('aria-pressed', 'true');
    expect(button('Dark')).toHaveAttribute('aria-pressed', 'false');

    await user.click(button('Dark'));
    expect(button('Dark')).toHaveAttribute('aria-pressed', 'true');
    expect(button('System')).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await user.click(button('System'));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('shows a choice saved earlier', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('ignores a saved value it does not know', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'true');
  });
});
