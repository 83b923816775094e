import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { offerUpdate } from '../../src/app/app-update';
import { UpdatePrompt } from '../../src/app/update-prompt';

describe('update prompt', () => {
  it('says nothing until a new version waits, then offers to reload into it', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();

    const apply = vi.fn(() => Promise.resolve());
    act(() => offerUpdate(apply));
    expect(region).toHaveTextContent('A new version is available');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('can be put off', async () => {
    const user = userEvent.setup();
    act(() => offerUpdate(() => Promise.resolve()));
    render(<UpdatePrompt />);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
