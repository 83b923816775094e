import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecisionRecordSection } from '../../src/features/record/decision-record-section';
import { catchDownloads } from '../support/downloads';
import { billingApi, imageResizer, planOf } from '../support/plans';
import { seedPlan } from '../support/stores';

beforeEach(() =>
  seedPlan(planOf([billingApi({ notes: 'Invoices and subscriptions.' }), imageResizer()])),
);
afterEach(() => vi.restoreAllMocks());

describe('decision record', () => {
  it('downloads a MADR file for this service, front matter first', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    render(<DecisionRecordSection serviceId="s1" />);
    await user.click(screen.getByRole('radio', { name: /Accepted/ }));
    await user.type(screen.getByRole('textbox', { name: /Decision-makers/ }), 'Ana Lima, Bo');
    await user.click(screen.getByRole('button', { name: 'Download the record (.md)' }));

    expect(files).toHaveLength(1);
    expect(files[0]?.name).toBe('0001-build-billing-api-in-go.md');
    expect(files[0]?.blob.type).toBe('text/markdown');
    const text = await files[0]!.blob.text();
    expect(text).toMatch(
      /^---\nstatus: accepted\ndate: \d{4}-\d{2}-\d{2}\ndecision-makers: \["Ana Lima", "Bo"\]\n---\n/,
    );
    expect(text).toContain('# Build billing-api in Go');
    expect(text).toMatch(/Permalink to these answers: <http:\/\/[^>]+#\/link\/[\w-]+>/);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Downloaded 0001-build-billing-api-in-go.md.',
    );
  });

  it('makes one record for the whole portfolio, without the link when asked', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    render(<DecisionRecordSection serviceId="s1" />);
    await user.click(screen.getByRole('radio', { name: /The whole portfolio: 2 services/ }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Include the link that reopens these answers' }),
    );
    await user.click(screen.getByRole('button', { name: 'Download the record (.md)' }));

    expect(files[0]?.name).toBe('0001-portfolio-go-rust.md');
    const text = await files[0]!.blob.text();
    expect(text).toMatch(/^---\nstatus: proposed\ndate: [\d-]+\n---\n/);
    expect(text).toContain('| billing-api | Go |');
    expect(text).toContain('| image-resizer | Rust |');
    expect(text).toContain('No permalink was included.');
  });

  it('offers only the portfolio record on the portfolio page', () => {
    render(<DecisionRecordSection />);
    expect(screen.queryByRole('group', { name: 'What the record covers' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
  });

  it('copies the record with the keyboard alone, and announces it', async () => {
    const user = userEvent.setup();
    render(<DecisionRecordSection serviceId="s2" />);
    screen.getByRole('button', { name: 'Copy the record' }).focus();
    await user.keyboard('{Enter}');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^---\nstatus: proposed\n/);
    expect(copied).toContain('# Build image-resizer in Rust');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Decision record copied. Paste it into a file such as docs/decisions/0001-build-image-resizer-in-rust.md.',
    );
  });

  it('shows the record selected for copying by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<DecisionRecordSection serviceId="s1" />);
    await user.click(screen.getByRole('button', { name: 'Copy the record' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/did not allow copying/);
    const box = await screen.findByRole('textbox', { name: '0001-build-billing-api-in-go.md' });
    expect((box as HTMLTextAreaElement).value).toMatch(/^---\n/);
    await vi.waitFor(() => expect(box).toHaveFocus());
  });

  it('names what to fix when the decision-makers are too long', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    render(<DecisionRecordSection serviceId="s1" />);
    const field = screen.getByRole('textbox', { name: /Decision-makers/ });
    field.removeAttribute('maxlength');
    await user.click(field);
    await user.paste('x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Download the record (.md)' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Decision-makers: Keep the names to 300 characters or fewer.',
    );
    expect(files).toHaveLength(0);
  });
});
