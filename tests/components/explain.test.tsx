import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { setAnswer, startOver, usePlannerStore } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

describe('weights on the result page', () => {
  beforeEach(() => {
    startOver('auth-token-service');
    setAnswer('s1', 'team-fluency', 'go');
  });

  it('turns the verdict as a weight moves, marks the change in words, and resets it', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/result');
    expect(await screen.findByRole('heading', { level: 2, name: 'Rust' })).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Memory-safety criticality' });
    expect(slider).toHaveAttribute('aria-valuetext', '5 of 5, the default');

    fireEvent.change(slider, { target: { value: '2' } });
    expect(usePlannerStore.getState().weights).toEqual({ 'memory-safety': 2 });
    expect(screen.getByRole('heading', { level: 2, name: 'Close call: Go' })).toBeInTheDocument();
    expect(slider).toHaveAttribute('aria-valuetext', '2 of 5, changed from the default 5');
    expect(screen.getByText('Changed from 5')).toBeInTheDocument();
    const status = screen
      .getAllByRole('status')
      .find((region) => region.textContent?.includes('With these weights'));
    expect(status).toHaveTextContent('With these weights: Close call: Go');

    await user.click(screen.getByRole('button', { name: 'Reset Memory-safety criticality to 5' }));
    expect(usePlannerStore.getState().weights).toEqual({});
    expect(slider).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Rust' })).toBeInTheDocument();
  });

  it('resets every weight at once and says so', async () => {
    const user = userEvent.setup();
    usePlannerStore.setState({ weights: { latency: 1, hiring: 5 } });
    renderAt('#/services/s1/result');
    expect(await screen.findByText(/2 of 12 weights changed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset all weights to defaults' }));
    expect(usePlannerStore.getState().weights).toEqual({});
    expect(screen.getByText('All weights are at their defaults.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Weigh the criteria' })).toHaveFocus();
  });

  it('shows the pulls as a table and what would flip the verdict', async () => {
    renderAt('#/services/s1/result');
    const table = await screen.findByRole('table', {
      name: /Each part of the score/,
      hidden: true,
    });
    expect(within(table).getByRole('row', { name: /Net score/, hidden: true })).toBeInTheDocument();
    const flips = screen.getByRole('region', { name: 'What would flip it to Go' });
    expect(within(flips).getByRole('heading', { name: 'If an answer is off' })).toBeInTheDocument();
    expect(within(flips).getByRole('heading', { name: 'If things change' })).toBeInTheDocument();
    // A weight is a setting, told apart from the answers' rows.
    expect(
      within(flips).getByRole('heading', { name: 'If the weights change' }),
    ).toBeInTheDocument();
    expect(within(flips).queryByRole('rowheader', { name: /^Weight of “/ })).toBeNull();
  });
});

describe('evidence library', () => {
  beforeEach(() => startOver());

  it('lands on one entry and gives it focus', async () => {
    renderAt('#/evidence/compile-times');
    const entry = await screen.findByRole('article', { name: 'Build and test times' });
    // Focus moves once the page has settled, which can take a moment under load.
    await waitFor(() => expect(entry).toHaveFocus());
    expect(within(entry).getByRole('table', { name: /Build and test times/ })).toBeInTheDocument();
    expect(within(entry).getByText(/Measured on:/)).toBeInTheDocument();
  });

  it('links each criterion to its evidence and shows the recorded conflict', async () => {
    renderAt('#/evidence');
    const criterion = await screen.findByRole('article', { name: 'Build and CI time sensitivity' });
    const { defaultWeight } = getKnowledgeBase().criteria.find((c) => c.id === 'build-time')!;
    expect(
      within(criterion).getByText(new RegExp(`Default weight ${defaultWeight} of 5`)),
    ).toBeInTheDocument();
    expect(
      within(criterion).getAllByRole('link', { name: 'Build and test times' })[0],
    ).toHaveAttribute('href', '#/evidence/compile-times');
    const conflicts = screen.getByRole('region', { name: 'Where the sources disagree' });
    expect(within(conflicts).getByText(/CLI tools: Rust/)).toBeInTheDocument();
    expect(within(conflicts).getByText(/CLI tools: Go/)).toBeInTheDocument();
  });

  it('says so when a link names nothing in the knowledge base', async () => {
    renderAt('#/evidence/no-such-thing');
    expect(
      await screen.findByText(/Nothing in the knowledge base is called “no-such-thing”/),
    ).toBeInTheDocument();
  });
});
