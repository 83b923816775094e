import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { decodeAnswersFile } from '../../src/domain/answers-file';
import { DecisionFileSection } from '../../src/features/decision-file/decision-file-section';
import { catchDownloads } from '../support/downloads';
import { billingApi, planOf } from '../support/plans';
import { seedPlan } from '../support/stores';

beforeEach(() => seedPlan(planOf([billingApi()], { teamAnswers: { 'team-fluency': 'go' } })));
afterEach(() => vi.restoreAllMocks());

// The form suggests a review-by date from every service's confidence, which scores them all.
describe('check this decision in CI', () => {
  it('downloads the answers file with the decision recorded in it', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    render(<DecisionFileSection />);
    expect(screen.getByRole('link', { name: /Download the command line/ })).toHaveAttribute(
      'href',
      '/rust-or-go.mjs',
    );
    const decided = screen.getByRole('textbox', { name: 'Decided on' });
    const review = screen.getByRole('textbox', { name: 'Review by' });
    await user.clear(decided);
    await user.type(decided, '2026-11-21');
    await user.clear(review);
    await user.type(review, '2027-05-21');
    await user.click(
      screen.getByRole('button', { name: 'Download the answers file with the decision' }),
    );

    expect(files).toHaveLength(1);
    const opened = decodeAnswersFile(getKnowledgeBase(), await files[0]!.blob.text());
    expect(opened.ok && opened.value.decision).toEqual({
      status: 'accepted',
      decidedOn: '2026-11-21',
      reviewBy: '2027-05-21',
    });
    expect(screen.getByRole('status')).toHaveTextContent('the check passes until 2027-05-21');
  });

  it('refuses a review-by date before the decision, naming the field', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    render(<DecisionFileSection />);
    const review = screen.getByRole('textbox', { name: 'Review by' });
    await user.clear(review);
    await user.type(review, '2000-01-01');
    await user.click(
      screen.getByRole('button', { name: 'Download the answers file with the decision' }),
    );
    expect(files).toHaveLength(0);
    expect(
      await screen.findAllByText(/The review-by date must be on or after the date of the decision/),
    ).not.toHaveLength(0);
  });
});
