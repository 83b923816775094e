import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  adminTool,
  billingApi,
  fullImageResizerAnswers,
  goTeam,
  imageResizer,
  planOf,
} from '../support/plans';
import { renderAt } from '../support/render-app';
import { seedPlan } from '../support/stores';

const resizer = { ...fullImageResizerAnswers(), 'tail-spikes': 'no' };

function seed(resizerAnswers: Record<string, string>) {
  seedPlan(
    planOf([billingApi(), imageResizer({ answers: resizerAnswers }), adminTool()], {
      teamAnswers: { ...goTeam(), 'runtimes-in-production': 'go-only' },
    }),
  );
}

describe('the portfolio page', () => {
  beforeEach(() => seed(resizer));

  it('shows every verdict side by side and counts two runtimes', async () => {
    renderAt('#/portfolio');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    const verdicts = screen.getByRole('region', { name: 'Verdicts side by side' });
    const cards = within(verdicts).getAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'billing-api',
      'image-resizer',
      'admin-tool',
    ]);
    expect(cards.map((c) => c.querySelector('.verdict-card__verdict')?.textContent)).toEqual([
      'Go',
      'Rust (deal-breaker)',
      'Go',
    ]);
    const runtimes = screen.getByRole('region', { name: '3 services, 2 runtimes in production' });
    expect(runtimes).toHaveTextContent('Your organisation runs Go today; these verdicts add Rust.');
    expect(runtimes).toHaveTextContent(/image-resizer alone brings Rust into production/);
  });

  it('lists the cost of each extra runtime with its source', async () => {
    renderAt('#/portfolio');
    const costs = await screen.findByRole('region', { name: 'What each extra runtime costs' });
    expect(costs).toHaveTextContent('These verdicts mean 1 extra runtime beyond the first (Rust)');
    for (const label of [
      'Base images and build pipelines.',
      'Profilers and observability.',
      'Crash modes.',
      'On-call knowledge.',
      'Hiring and onboarding.',
    ]) {
      expect(within(costs).getByText(label)).toBeVisible();
    }
    expect(within(costs).getAllByText(/Rust vs Go for Backends: Language choice/)).toHaveLength(4);
  });

  it('says when a lone service adds a runtime by a small margin, and what one runtime means', async () => {
    seed({ ...resizer, 'tail-spikes': 'rarely', 'concurrency-shape': 'independent' });
    renderAt('#/portfolio');
    const note = await screen.findByRole('region', {
      name: 'image-resizer alone adds Rust, by a small margin',
    });
    expect(note).toHaveTextContent(/In Go, it would score [\d.]+ points below Rust and give up/);
    expect(within(note).getByText(/CPU-bound or I\/O-bound \(\+5\.0\)/)).toBeVisible();
    expect(within(note).getByText(/Team fluency \(−4\.0\)/)).toBeVisible();
  });
});
