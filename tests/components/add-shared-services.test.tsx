import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import { encodeAnswersFile } from '../../src/domain/answers-file';
import type { PlannerInputs } from '../../src/domain/inputs';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { useAddedServicesStore } from '../../src/state/add-services';
import {
  renameService,
  setWeight,
  startOver,
  STORAGE_KEY,
  usePlannerStore,
} from '../../src/state/planner-store';
import { clearReplacedPlans } from '../../src/state/replaced-plan';
import { useSharedViewStore } from '../../src/state/shared-view-store';
import { renderAt } from '../support/render-app';

const kb = getKnowledgeBase();
const criterion = kb.criteria[0]!.id;

const shared: PlannerInputs = {
  teamAnswers: {},
  services: [
    { id: 's1', name: 'billing-api', notes: '', answers: { 'workload-kind': 'crud-api' } },
    { id: 's2', name: 'auth', notes: '', answers: { 'workload-kind': 'auth-crypto' } },
  ],
  weights: { [criterion]: 5 },
};
const names = () => usePlannerStore.getState().services.map((s) => s.name);

beforeEach(() => {
  useSharedViewStore.setState({ view: null });
  startOver();
  clearReplacedPlans();
  useAddedServicesStore.setState({ added: null });
  renameService('s1', 'auth');
  setWeight(criterion, 1);
});

describe('adding a shared plan’s services to my plan', () => {
  it('adds them next to my own, lands on the portfolio, says what happened, and undoes', async () => {
    const user = userEvent.setup();
    renderAt(`#/link/${encodePermalink(kb, shared, linkTables)}`);
    await user.click(await screen.findByRole('button', { name: 'Add these services to my plan' }));

    await waitFor(() => expect(window.location.hash).toBe('#/portfolio'));
    expect(useSharedViewStore.getState().view).toBeNull();
    expect(names()).toEqual(['auth', 'billing-api', 'auth']);
    expect(usePlannerStore.getState().weights).toEqual({ [criterion]: 1 });
    expect(localStorage.getItem(STORAGE_KEY)).toContain('billing-api');

    const notice = screen.getByRole('region', { name: 'Added 2 services to your plan' });
    expect(within(notice).getByText(/a service of yours has the same name/)).toBeInTheDocument();
    expect(notice).toHaveTextContent(/had different weights; yours were kept/);
    // Adding is not a replacement: only its own notice shows.
    expect(screen.queryByText('Your previous plan was replaced')).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(['auth']);
    expect(screen.queryByRole('region', { name: /Added 2 services/ })).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).not.toContain('billing-api');
  });

  it('adds one service of a shared plan from its list', async () => {
    const user = userEvent.setup();
    renderAt(`#/link/${encodePermalink(kb, shared, linkTables)}`);
    const list = await screen.findByRole('navigation', { name: 'Services in this plan' });
    await user.click(within(list).getByRole('button', { name: 'Add to my plan: billing-api' }));
    await waitFor(() => expect(window.location.hash).toBe('#/portfolio'));
    expect(names()).toEqual(['auth', 'billing-api']);
    expect(
      screen.getByRole('region', { name: 'Added 1 service to your plan' }),
    ).toBeInTheDocument();
  });

  it('adds an answers file’s services without replacing anything', async () => {
    const user = userEvent.setup();
    renderAt('#/open');
    await user.upload(
      await screen.findByLabelText('Answers file'),
      new File([encodeAnswersFile(kb, shared, new Date())], 'rust-or-go-answers.json', {
        type: 'application/json',
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Add these services to my plan' }));
    await waitFor(() => expect(window.location.hash).toBe('#/portfolio'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(names()).toEqual(['auth', 'billing-api', 'auth']);
    expect(screen.getByRole('region', { name: 'Added 2 services to your plan' })).toHaveTextContent(
      /The file had different weights/,
    );
  });
});
