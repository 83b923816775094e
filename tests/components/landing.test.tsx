import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startOver, usePlannerStore } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

/** Saved work of the user's own: a named service (and a second one when asked). */
function saveWork(serviceCount = 1) {
  usePlannerStore.setState({
    services: Array.from({ length: serviceCount }, (_, i) => ({
      id: `s${i + 1}`,
      name: i === 0 ? 'mine' : `other ${i}`,
      notes: '',
      answers: { 'workload-kind': 'crud-api' },
    })),
    activeServiceId: 's1',
  });
}

/**
 * The next page is a chunk of its own: wait for it as long as for anything else the person waits
 * for (tests/setup.ts sets that bound for a busy machine).
 */
const PAGE = {};

const serviceNames = () => usePlannerStore.getState().services.map((s) => s.name);

describe('landing', () => {
  beforeEach(() => startOver());

  it('offers every way in as a link to its start address', async () => {
    renderAt('#/');
    expect(screen.getByRole('link', { name: 'Start a blank questionnaire' })).toHaveAttribute(
      'href',
      '#/start',
    );
    expect(
      await screen.findByRole('link', { name: 'Start from this: Edge proxy' }),
    ).toHaveAttribute('href', '#/start/edge-proxy');
  });

  it('starts from a worked example in place when nothing is saved', async () => {
    const user = userEvent.setup();
    renderAt('#/');
    await user.click(await screen.findByRole('link', { name: 'Start from this: Edge proxy' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Review your answers/ }, PAGE),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/services/s1/review');
    expect(serviceNames()).toEqual(['Edge proxy']);
  });

  it('asks before a preset replaces saved work, and keeps it on "Keep my answers"', async () => {
    const user = userEvent.setup();
    saveWork();
    renderAt('#/');
    const link = await screen.findByRole('link', { name: 'Start from this: Edge proxy' });
    await user.click(link);
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Replace your current answers?',
    });
    expect(dialog).toHaveAccessibleDescription(
      /^Starting from “Edge proxy” replaces the answers you have saved in this browser \(1 service: “mine”\)/,
    );
    // The dialog takes focus once it has rendered (an effect), which on a busy machine comes a
    // little after it is on the page: wait for focus as a keyboard user would.
    await waitFor(() => expect(dialog).toHaveFocus());
    // Asked in place: the address does not change.
    expect(window.location.hash).toBe('#/');
    await user.click(within(dialog).getByRole('button', { name: 'Keep my answers' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(link).toHaveFocus());
    expect(serviceNames()).toEqual(['mine']);
    expect(screen.getByRole('button', { name: 'Continue “mine”' })).toBeInTheDocument();
  });

  it('replaces saved work on "Replace and start"', async () => {
    const user = userEvent.setup();
    saveWork(2);
    renderAt('#/');
    await user.click(screen.getByRole('link', { name: 'Start a blank questionnaire' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Replace your current answers?',
    });
    expect(dialog).toHaveAccessibleDescription(/\(2 services: “mine” and “other 1”\)/);
    await user.click(within(dialog).getByRole('button', { name: 'Replace and start' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Step 1 of/ }, PAGE),
    ).toBeInTheDocument();
    expect(serviceNames()).toEqual(['']);
  });
});

describe('a start address', () => {
  beforeEach(() => startOver());

  it('starts from the worked example it names, in place of the address', async () => {
    renderAt('#/');
    const entries = window.history.length;
    window.location.hash = '#/start/edge-proxy';
    expect(
      await screen.findByRole('heading', { level: 1, name: /Review your answers/ }, PAGE),
    ).toBeInTheDocument();
    expect(serviceNames()).toEqual(['Edge proxy']);
    expect(screen.getByLabelText('Service name')).toHaveValue('Edge proxy');
    // The address was replaced: Back leads to the landing, not to a second start.
    expect(window.location.hash).toBe('#/services/s1/review');
    expect(window.history.length).toBe(entries + 1);
  });

  it('starts a blank questionnaire at #/start', async () => {
    renderAt('#/start');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Step 1 of/ }, PAGE),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/services/s1/questions/1');
  });

  it('asks before replacing work that is only weights or only notes', async () => {
    const user = userEvent.setup();
    for (const work of [
      { weights: { latency: 3 } },
      { services: [{ id: 's1', name: '', notes: 'a note', answers: {} }] },
    ]) {
      startOver();
      usePlannerStore.setState(work);
      const { unmount } = renderAt('#/start/edge-proxy');
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Replace your current answers?',
      });
      await user.click(within(dialog).getByRole('button', { name: 'Keep my answers' }));
      expect(usePlannerStore.getState()).toMatchObject(work);
      unmount();
    }
  });

  it('asks before replacing saved work; "Keep my answers" leaves the address', async () => {
    const user = userEvent.setup();
    saveWork();
    renderAt('#/start/edge-proxy');
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Replace your current answers?',
    });
    expect(dialog).toHaveAccessibleDescription(/\(1 service: “mine”\)/);
    await waitFor(() => expect(dialog).toHaveFocus());
    // The landing page is all there, around the question.
    expect(screen.getByRole('heading', { level: 1, name: 'Rust or Go?' })).toBeInTheDocument();
    expect(serviceNames()).toEqual(['mine']);

    await user.click(within(dialog).getByRole('button', { name: 'Keep my answers' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Rust or Go?' })).toHaveFocus(),
    );
    expect(serviceNames()).toEqual(['mine']);
  });

  it('replaces saved work on "Replace and start", in place of the address', async () => {
    const user = userEvent.setup();
    saveWork();
    renderAt('#/');
    const entries = window.history.length;
    window.location.hash = '#/start/edge-proxy';
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Replace and start' }));
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: /Review your answers/ },
      PAGE,
    );
    await waitFor(() => expect(heading).toHaveFocus());
    expect(serviceNames()).toEqual(['Edge proxy']);
    expect(window.history.length).toBe(entries + 1);
  });

  it('says plainly that an unknown worked example does not exist, and changes nothing', async () => {
    const user = userEvent.setup();
    saveWork();
    renderAt('#/start/no-such-example');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This worked example does not exist');
    expect(alert).toHaveTextContent('nothing was started');
    // The ways forward are right there.
    expect(screen.getByRole('link', { name: 'Start a blank questionnaire' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue “mine”' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(serviceNames()).toEqual(['mine']);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not start an unknown worked example as a blank one either', async () => {
    renderAt('#/start/no-such-example');
    expect(await screen.findByRole('alert')).toHaveTextContent('does not exist');
    expect(window.location.hash).toBe('#/start/no-such-example');
    expect(serviceNames()).toEqual(['']);
  });
});
