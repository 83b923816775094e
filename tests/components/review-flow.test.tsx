import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { visibleSteps } from '../../src/domain/questions';
import { startOver } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

const kb = getKnowledgeBase();
/** The steps the worked example shows, in order (a hidden step is skipped). */
const steps = visibleSteps(kb, kb.presets.find((p) => p.id === 'billing-crud-api')!.answers).map(
  (s) => s.step,
);

/** The review's "Change" link of a step (found by its text: role queries are slow on this page). */
async function changeLink(title: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 1, name: /Review your answers/ });
  const link = screen.getAllByRole('link').find((l) => l.textContent === `Change “${title}”`);
  if (!link) throw new Error(`no Change link for ${title}`);
  return link;
}

describe('moving around the questionnaire', () => {
  beforeEach(() => startOver('billing-crud-api'));

  it('returns to the review after “Change”, by Back or by saving', async () => {
    const user = userEvent.setup();
    const step = steps[1]!;
    renderAt('#/services/s1/review');
    await user.click(await changeLink(step.title));
    await waitFor(() => expect(window.location.hash).toBe('#/services/s1/questions/2/from-review'));
    await screen.findByRole('button', { name: 'Back to the review' });
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    await waitFor(() => expect(window.location.hash).toBe('#/services/s1/review'));

    await user.click(await changeLink(step.title));
    await screen.findByRole('heading', { level: 1, name: new RegExp(step.title) });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(window.location.hash).toBe('#/services/s1/review'));
  });

  it('makes every step before the current one a link back to it, and every answered one ahead', async () => {
    renderAt('#/services/s1/questions/3');
    const progress = await screen.findByRole('navigation', { name: 'Questionnaire progress' });
    const links = within(progress).getAllByRole('link');
    // The worked example answers every question, so every other step, and the review, opens.
    expect(links.map((l) => l.textContent)).toEqual([
      ...steps.slice(0, 2).map((s, i) => `${i + 1}${s.title} (done)`),
      ...steps.slice(3).map((s, i) => `${i + 4}${s.title} (answered)`),
      `${steps.length + 1}Review (answered)`,
    ]);
    expect(links[0]).toHaveAttribute('href', '#/services/s1/questions/1');
    expect(links[2]).toHaveAttribute('href', '#/services/s1/questions/4');
  });

  it('leaves a step ahead that is not answered yet as plain text', async () => {
    startOver();
    renderAt('#/services/s1/questions/2');
    const progress = await screen.findByRole('navigation', { name: 'Questionnaire progress' });
    expect(
      within(progress)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([expect.stringMatching(/^1.+ \(done\)$/)]);
  });
});
