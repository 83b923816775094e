import { getKnowledgeBase } from '../../content';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  renameService,
  setAnswer,
  startOver,
  usePlannerStore,
} from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';
import { threeNamedServices } from '../support/stores';

const names = () => usePlannerStore.getState().services.map((s) => s.name);
const cards = () => within(screen.getByRole('list', { name: 'Services' })).getAllByRole('listitem');

/** What the page's live regions currently say (the update prompt keeps an empty one mounted). */
const announcements = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent ?? '')
    .join(' ');

describe('the services list', () => {
  beforeEach(threeNamedServices);

  it('lists every service with its progress, and shares the team questions', async () => {
    setAnswer('s1', 'team-fluency', 'go');
    renderAt('#/services');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your services' })).toBeVisible();
    expect(cards()).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 2, name: '2. image-resizer' })).toBeVisible();
    expect(screen.getByText(/shared by all 3 services/)).toBeVisible();
    const shown = getKnowledgeBase().questions.filter((q) => !q.showWhen).length;
    expect(screen.getAllByText(`In progress: 1 of ${shown} questions answered`)).toHaveLength(3);
    // Shared answers alone do not start a service: it has no verdict of its own yet.
    expect(screen.getAllByText('No verdict yet')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Start questions for image-resizer' })).toBeVisible();
  });

  it('adds a service and moves focus to its name, which saves as it is typed', async () => {
    const user = userEvent.setup();
    renderAt('#/services');
    await user.click(await screen.findByRole('button', { name: 'Add a service' }));
    const name = screen.getByRole('textbox', { name: 'Name of service 4' });
    expect(name).toHaveFocus();
    await user.type(name, 'search');
    expect(names()).toEqual(['billing-api', 'image-resizer', 'admin-tool', 'search']);
    expect(announcements()).toContain('Service 4 added. Give it a name.');
  });

  it('renames a service in place', async () => {
    const user = userEvent.setup();
    renderAt('#/services');
    const name = await screen.findByRole('textbox', { name: 'Name of service 3' });
    await user.clear(name);
    await user.type(name, 'back-office');
    expect(names()[2]).toBe('back-office');
    expect(screen.getByRole('heading', { level: 2, name: '3. back-office' })).toBeVisible();
  });

  it('duplicates a service with its answers, right below it, and focuses the copy’s name', async () => {
    const user = userEvent.setup();
    setAnswer('s2', 'workload-kind', 'hot-path');
    renderAt('#/services');
    await user.click(await screen.findByRole('button', { name: 'Duplicate image-resizer' }));
    expect(names()).toEqual(['billing-api', 'image-resizer', 'image-resizer (copy)', 'admin-tool']);
    expect(screen.getByRole('textbox', { name: 'Name of service 3' })).toHaveFocus();
    expect(usePlannerStore.getState().services[2]?.answers).toEqual({
      'workload-kind': 'hot-path',
    });
  });

  it('reorders with Move up and Move down, keeping focus and announcing the position', async () => {
    const user = userEvent.setup();
    renderAt('#/services');
    expect(await screen.findByRole('button', { name: 'Move up billing-api' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move down billing-api' }));
    expect(names()).toEqual(['image-resizer', 'billing-api', 'admin-tool']);
    expect(screen.getByRole('button', { name: 'Move down billing-api' })).toHaveFocus();
    expect(announcements()).toContain('billing-api moved to position 2 of 3.');
    // At the bottom Move down is disabled, so focus goes to Move up.
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['image-resizer', 'admin-tool', 'billing-api']);
    expect(screen.getByRole('button', { name: 'Move down billing-api' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move up billing-api' })).toHaveFocus();
    expect(within(cards()[2]!).getByRole('heading')).toHaveTextContent('3. billing-api');
  });

  it('removes a service, focuses Undo, and Undo by keyboard puts it back in place', async () => {
    const user = userEvent.setup();
    setAnswer('s2', 'bottleneck', 'cpu');
    renderAt('#/services');
    await user.click(await screen.findByRole('button', { name: 'Remove image-resizer' }));
    expect(names()).toEqual(['billing-api', 'admin-tool']);
    expect(announcements()).toContain('Removed image-resizer. Undo is available.');
    const notice = screen.getByRole('region', { name: 'Removed “image-resizer”.' });
    const undo = within(notice).getByRole('button', { name: 'Undo removing image-resizer' });
    expect(undo).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(names()).toEqual(['billing-api', 'image-resizer', 'admin-tool']);
    expect(usePlannerStore.getState().services[1]?.answers).toEqual({ bottleneck: 'cpu' });
    expect(screen.queryByRole('region', { name: /Removed/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '2. image-resizer' })).toHaveFocus();
    expect(announcements()).toContain('Restored image-resizer.');
  });

  it('dismisses the Undo offer and returns focus to Add a service', async () => {
    const user = userEvent.setup();
    renderAt('#/services');
    await user.click(await screen.findByRole('button', { name: 'Remove admin-tool' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(usePlannerStore.getState().removed).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a service' })).toHaveFocus();
  });

  it('keeps at least one service: the last one has no Remove button', async () => {
    startOver();
    renderAt('#/services');
    await screen.findByRole('heading', { level: 1, name: 'Your services' });
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });

  it('links each service to its questions and result, and the page to the portfolio', async () => {
    setAnswer('s2', 'workload-kind', 'hot-path');
    setAnswer('s2', 'service-origin', 'greenfield');
    renderAt('#/services');
    await screen.findByRole('heading', { level: 1, name: 'Your services' });
    const card = cards()[1]!;
    expect(
      within(card).getByRole('link', { name: 'Continue questions for image-resizer' }),
    ).toHaveAttribute('href', '#/services/s2/questions/1');
    expect(within(card).getByRole('link', { name: 'Result for image-resizer' })).toHaveAttribute(
      'href',
      '#/services/s2/result',
    );
    expect(screen.getByRole('link', { name: 'Compare them in the portfolio' })).toHaveAttribute(
      'href',
      '#/portfolio',
    );
  });
});

describe('around the services list', () => {
  beforeEach(threeNamedServices);

  it('asks before starting over when any service has work, not only the active one', async () => {
    const user = userEvent.setup();
    usePlannerStore.setState({ activeServiceId: 's3' });
    renameService('s3', '');
    renderAt('#/');
    await user.click(await screen.findByRole('link', { name: 'Start a blank questionnaire' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent(
      /3 services: “billing-api”, “image-resizer” and 1 unnamed/,
    );
    expect(names()).toEqual(['billing-api', 'image-resizer', '']);
  });

  it('sends a removed service’s address to the services list', async () => {
    renderAt('#/services/s9/result');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No service s9 in this plan' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'See your services' })).toHaveAttribute(
      'href',
      '#/services',
    );
  });
});
