import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { usePlannerStore } from '../../src/state/planner-store';
import { adminTool, billingApi, imageResizer, planOf } from '../support/plans';
import { renderAt } from '../support/render-app';
import { seedPlan } from '../support/stores';

const kb = getKnowledgeBase();

beforeEach(() => seedPlan(planOf([billingApi(), imageResizer(), adminTool()])));
afterEach(() => vi.restoreAllMocks());

describe('printable report', () => {
  it('prints a service’s notes as typed under its heading, and nothing for a service without', async () => {
    const notes = 'Resizes uploads.\nOwned by <b>media</b>.';
    usePlannerStore.setState((state) => ({
      services: state.services.map((s) => (s.id === 's2' ? { ...s, notes: `  ${notes}\n` } : s)),
    }));
    renderAt('#/report');
    const [billing, resizer] = await screen.findAllByRole('article');
    expect(within(resizer!).getByText('Notes')).toBeInTheDocument();
    expect(resizer!.querySelector('.service-notes__text')?.textContent).toBe(notes);
    expect(resizer!.querySelector('b')).toBeNull();
    expect(billing!.querySelector('.service-notes')).toBeNull();
  });

  it('shows every service with its verdict, the portfolio and the permalink in full', async () => {
    renderAt('#/report');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Decision report: 3 services' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`version ${kb.version} (${kb.date})`)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /#\/link\/[\w-]+$/ });
    expect(link).toHaveAttribute('href', link.textContent);
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Portfolio: 3 services, 2 runtimes in production',
      }),
    ).toBeInTheDocument();

    const blocks = screen.getAllByRole('article');
    expect(blocks.map((b) => within(b).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Service 1 of 3: billing-api',
      'Service 2 of 3: image-resizer',
      'Service 3 of 3: admin-tool',
    ]);
    expect(blocks.map((b) => within(b).getByText(/^Verdict:/).textContent)).toEqual([
      'Verdict: Go',
      'Verdict: Rust',
      'Verdict: Go',
    ]);
    for (const block of blocks) {
      expect(within(block).getByRole('heading', { name: /^What would flip it to/ })).toBeVisible();
      expect(within(block).getByRole('heading', { name: 'When to revisit' })).toBeVisible();
      // Both kinds of flip and each answer given are on paper, as on the screen.
      expect(within(block).getByRole('heading', { name: 'If an answer is off' })).toBeVisible();
      expect(within(block).getByRole('heading', { name: 'If things change' })).toBeVisible();
      expect(within(block).getByRole('heading', { name: 'The answers' })).toBeVisible();
      expect(block).not.toHaveTextContent(/other sets? of answers would do it too/);
      expect(within(block).getByText(/^End of /)).toBeInTheDocument();
    }

    // Every source number a citation uses is in the numbered list of sources cited.
    const sources = within(screen.getByRole('region', { name: 'Sources cited' })).getAllByRole(
      'listitem',
    );
    const cited = new Set(
      [...document.body.textContent.matchAll(/\(Sources? ([\d, ]+)\.\)/g)].flatMap((m) =>
        m[1]!.split(', ').map(Number),
      ),
    );
    expect([...cited].sort()).toEqual(sources.map((_, i) => i + 1));
    for (const item of sources) {
      const title = item.querySelector('cite')?.textContent;
      const source = kb.sources.find((s) => s.title === title);
      expect(source, `${title} is a source`).toBeDefined();
      // What the knowledge base knows of it, and a plain word where it has no address.
      if (source?.date) expect(item).toHaveTextContent(source.date.slice(0, 4));
      expect(item).toHaveTextContent(source?.url ?? 'No public address recorded.');
    }
  });

  it('opens the print dialog once from “Print all”, then drops the flag from the address', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderAt('#/services/s2/result');
    await user.click(await screen.findByRole('button', { name: 'Print all 3 services' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Decision report: 3 services' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    await waitFor(() => expect(window.location.hash).toBe('#/report'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('prints one service on its own from its result page', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderAt('#/services/s2/result');
    await user.click(await screen.findByRole('button', { name: 'Print this service' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      /^Decision report: /,
    );
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    await waitFor(() => expect(window.location.hash).toBe('#/services/s2/report'));
  });

  it('offers Print report on the portfolio page too', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderAt('#/portfolio');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Print report' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
  });
});
