import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startOver, usePlannerStore } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';
import { promptOf } from '../support/content';

describe('questionnaire', () => {
  beforeEach(() => startOver());

  it('shows "Step n of N" in the heading and the title, with help beside each question', async () => {
    renderAt('#/services/s1/questions/1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Step 1 of 6 The service' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Step 1 of 6: The service/);
    const kind = screen.getByRole('group', { name: promptOf('workload-kind') });
    expect(kind).toHaveAccessibleDescription(/risk profile/);
  });

  it('saves an answer as soon as it is chosen', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/questions/1');
    await user.click(await screen.findByRole('radio', { name: 'Edge or embedded worker' }));
    expect(usePlannerStore.getState().services[0]?.answers['workload-kind']).toBe('edge-worker');
    await user.type(screen.getByLabelText('Service name'), 'edge');
    expect(usePlannerStore.getState().services[0]?.name).toBe('edge');
  });

  it('saves notes as they are typed, and shows them again on the review', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/questions/1');
    const notes = await screen.findByRole('textbox', { name: 'Notes (optional)' });
    await user.type(notes, 'Invoices{Enter}and <b>subscriptions</b>');
    expect(usePlannerStore.getState().services[0]?.notes).toBe(
      'Invoices\nand <b>subscriptions</b>',
    );
    window.location.hash = '#/services/s1/review';
    expect(await screen.findByRole('textbox', { name: 'Notes (optional)' })).toHaveValue(
      'Invoices\nand <b>subscriptions</b>',
    );
  });

  it('shows the notes above the verdict on the result, as plain text', async () => {
    usePlannerStore.setState((state) => ({
      services: state.services.map((s) => ({ ...s, notes: 'Invoices\nand <b>subscriptions</b>' })),
    }));
    renderAt('#/services/s1/result');
    await screen.findByRole('heading', { level: 1, name: /Result/ });
    const shown = document.querySelector('.service-notes__text');
    expect(shown?.textContent).toBe('Invoices\nand <b>subscriptions</b>');
    expect(shown?.querySelector('b')).toBeNull();
  });

  it('shows the CLI follow-up only for a command-line tool', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/questions/1');
    expect(screen.queryByRole('group', { name: /this command-line tool/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: /Command-line tool/ }));
    expect(screen.getByRole('group', { name: /this command-line tool/ })).toBeInTheDocument();
  });

  it('moves to the next step and focuses its heading; Back returns with answers kept', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/questions/1');
    await user.type(await screen.findByLabelText('Service name'), 'search');
    await user.click(screen.getByRole('radio', { name: 'Business API over a database (CRUD)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /Step 2 of 6/ });
    // The page takes focus in an effect after it renders: wait for it, as a keyboard user does.
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      await screen.findByRole('radio', { name: 'Business API over a database (CRUD)' }),
    ).toBeChecked();
    expect(screen.getByLabelText('Service name')).toHaveValue('search');
  });

  it('lists what to fix when Next is pressed without a name', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/questions/1');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /Service name: Give the service a name/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Service name')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('result', () => {
  beforeEach(() => startOver('auth-token-service'));

  it('shows the verdict, the confidence, reasons with sources and revisit triggers', async () => {
    renderAt('#/services/s1/result');
    expect(await screen.findByRole('heading', { level: 2, name: 'Rust' })).toBeInTheDocument();
    const sure = screen.getByText('How sure').nextElementSibling;
    expect(sure).toHaveTextContent(/^(Low|Medium|High) confidence\. \d+ of \d+ questions answered/);
    const reasons = screen.getByRole('heading', {
      name: 'Reasons, strongest first',
    }).parentElement!;
    expect(
      within(reasons).getByRole('heading', { name: 'Memory-safety criticality' }),
    ).toBeInTheDocument();
    expect(
      within(reasons).getAllByText(/Rust vs Go for Backends: Language choice/).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'When to revisit' })).toBeInTheDocument();
  });

  it('renders a service name with markup as plain text', async () => {
    usePlannerStore.setState((s) => ({
      services: s.services.map((x) => ({ ...x, name: '<img src=x onerror=alert(1)>' })),
    }));
    renderAt('#/services/s1/result');
    expect(
      await screen.findByRole('heading', { level: 1, name: /<img src=x onerror=alert\(1\)>/ }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
