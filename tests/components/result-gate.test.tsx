import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startOver } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

describe('the rewrite bar on the result page', () => {
  it('keeps Go, lists each bar with the answer, and names the bottleneck', async () => {
    startOver('rewrite-because-faster');
    renderAt('#/services/s1/result');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Keep Go — profile the bottleneck first',
      }),
    ).toBeInTheDocument();
    const gate = screen.getByRole('region', { name: 'The bar for rewriting a Go service' });
    expect(within(gate).getAllByText('Not met')).toHaveLength(3);
    expect(within(gate).getByText(/You named the database as the bottleneck/)).toBeInTheDocument();
  });

  describe('when the bar is cleared', () => {
    beforeEach(() => startOver('rewrite-at-ceiling'));

    it('makes the case and states the cost', async () => {
      renderAt('#/services/s1/result');
      const gate = await screen.findByRole('region', {
        name: 'The rewrite clears the bar — now count its cost',
      });
      expect(within(gate).getAllByText('Met')).toHaveLength(2);
      expect(within(gate).getByText(/If they choose Rust, budget for the move/)).toHaveTextContent(
        /two to three months/,
      );
      expect(screen.getByRole('heading', { level: 2, name: 'Rust' })).toBeInTheDocument();
    });
  });
});
