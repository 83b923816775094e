import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { startOver, usePlannerStore } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

const kb = getKnowledgeBase();
const team = new Set(kb.questions.filter((q) => q.scope === 'team').map((q) => q.id));

describe('adding to the plan', () => {
  beforeEach(() => startOver('billing-crud-api'));

  it('adds a worked example as another service, keeping the team’s answers', async () => {
    const user = userEvent.setup();
    const teamBefore = usePlannerStore.getState().teamAnswers;
    const preset = kb.presets.find((p) => p.id === 'edge-proxy')!;
    renderAt('#/services');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: /add a worked example/i }),
      preset.id,
    );
    await user.click(screen.getByRole('button', { name: 'Add this example' }));

    const { services, teamAnswers } = usePlannerStore.getState();
    expect(services).toHaveLength(2);
    const added = services[1]!;
    expect(added.name).toBe(preset.name);
    const serviceAnswers = Object.entries(preset.answers).filter(([id]) => !team.has(id));
    expect(added.answers).toEqual(Object.fromEntries(serviceAnswers));
    expect(teamAnswers).toEqual(teamBefore);
    expect(window.location.hash).toBe(`#/services/${added.id}/review`);
  });

  it('offers the link to the whole plan on the portfolio', async () => {
    renderAt('#/portfolio');
    const section = await screen.findByRole('region', { name: 'The whole plan' });
    expect(
      within(section).getByRole('link', { name: 'Open the whole plan from its link' }),
    ).toHaveAttribute('href', expect.stringMatching(/#\/link\/[\w-]+$/));
    expect(
      within(section).getByRole('button', { name: 'Copy the link to the whole plan' }),
    ).toBeInTheDocument();
  });
});
