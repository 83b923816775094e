import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import { decodeAnswersFile, encodeAnswersFile } from '../../src/domain/answers-file';
import type { PlannerInputs } from '../../src/domain/inputs';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { replaceInputs, usePlannerStore } from '../../src/state/planner-store';
import { promptOf } from '../support/content';
import { renderAt } from '../support/render-app';

const kb = getKnowledgeBase();
// In billing-api, the other plan's answer to this question rules Go out (a hard tail deadline under
// a p99 budget below 10 ms, which both plans answer); the other one does not.
const DECISIVE = 'tail-spikes';
const QUIET = 'bottleneck';

function fixturePlan(): PlannerInputs {
  const opened = decodeAnswersFile(
    kb,
    readFileSync('tests/fixtures/answers-portfolio.json', 'utf8'),
  );
  if (!opened.ok) throw new Error('fixture does not open');
  const [billing, resizer] = opened.value.inputs.services;
  if (!billing || !resizer) throw new Error('two services');
  return {
    ...opened.value.inputs,
    services: [
      { ...billing, answers: { ...billing.answers, 'latency-budget': 'under-10ms' } },
      resizer,
    ],
  };
}

/** The same plan, its services in another order under other ids, billing-api answered otherwise. */
function otherPlan(): PlannerInputs {
  const [billing, resizer] = fixturePlan().services;
  if (!billing || !resizer) throw new Error('two services');
  return {
    ...fixturePlan(),
    services: [
      { ...resizer, id: 's1' },
      {
        ...billing,
        id: 's2',
        answers: { ...billing.answers, [DECISIVE]: 'no', [QUIET]: 'mixed' },
      },
    ],
  };
}

const payload = () => encodePermalink(kb, otherPlan(), linkTables);

beforeEach(() => replaceInputs(fixturePlan(), 's1'));

describe('comparing a service with its version in another plan', () => {
  it('preselects the service of the same name and lists the decisive answer first, with its effect', async () => {
    renderAt(`#/compare/with/${payload()}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare with another plan' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Service in this plan')).toHaveValue('s1');
    expect(screen.getByLabelText('Service in the other plan')).toHaveValue('s2');
    const verdicts = screen.getByRole('region', { name: 'Verdicts for billing-api' });
    expect(
      within(verdicts)
        .getAllByRole('row')
        .map((r) => r.firstChild?.textContent),
    ).toEqual(['Plan', 'This plan', 'The other plan']);
    const rows = within(screen.getByRole('region', { name: 'Differences for billing-api' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.dataset.key)).toEqual([`s1/${DECISIVE}`, `s1/${QUIET}`]);
    expect(rows[0]).toHaveTextContent('Decisive');
    expect(rows[0]).toHaveTextContent(/Alone, the other plan’s answer turns the verdict from Go/);
    expect(rows[1]).toHaveTextContent('Not decisive');
    expect(rows[1]).toHaveTextContent(
      /moves the lead \d+ points? towards Rust; the verdict stays Go/,
    );
    // The questions answered alike follow, once each.
    const alike = screen.getByRole('table', { name: 'Answered alike' });
    expect(
      within(alike)
        .getByRole('rowheader', { name: promptOf('latency-budget') })
        .closest('tr'),
    ).toHaveAttribute('data-key', 's1/latency-budget');
    expect(within(alike).queryByRole('rowheader', { name: promptOf(DECISIVE) })).toBeNull();
    expect(alike.querySelector('[data-key="team/team-fluency"]')).toHaveTextContent(
      `${promptOf('team-fluency')} (whole team)`,
    );
    expect(screen.getByRole('region', { name: 'Criteria in each plan' })).toHaveTextContent(
      kb.criteria[0]?.label ?? '',
    );
  });

  it('keeps the picks in the address, and picks the counterpart again for another service', async () => {
    const user = userEvent.setup();
    renderAt(`#/compare/with/${payload()}`);
    const there = await screen.findByLabelText('Service in the other plan');
    await user.selectOptions(there, 's1');
    await waitFor(() => expect(window.location.hash).toBe(`#/compare/with/${payload()}/s1/s1`));
    expect(screen.getByRole('heading', { level: 2, name: 'billing-api' })).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Service in this plan'), 's2');
    await waitFor(() => expect(window.location.hash).toBe(`#/compare/with/${payload()}/s2`));
    // image-resizer is s1 in the other plan: found by its name.
    expect(screen.getByLabelText('Service in the other plan')).toHaveValue('s1');
    expect(screen.getByRole('heading', { level: 2, name: 'image-resizer' })).toBeVisible();
    expect(screen.getByText('They answered alike.')).toBeVisible();
  });

  it('says why a broken link does not open, offers the form again, and leaves this plan alone', async () => {
    const before = usePlannerStore.getState().services;
    const broken = `${payload().slice(0, -4)}AAAA`;
    renderAt(`#/compare/with/${broken}`);
    expect(await screen.findByText('The other plan cannot be opened')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(/Ask whoever sent it/);
    expect(screen.getByLabelText('Link to the other plan')).toBeVisible();
    expect(usePlannerStore.getState().services).toBe(before);
  });
});

describe('bringing the other plan in', () => {
  it('refuses an empty or broken link and keeps what was pasted, then opens a good one', async () => {
    const user = userEvent.setup();
    renderAt('#/compare');
    const field = await screen.findByLabelText('Link to the other plan');
    await user.click(screen.getByRole('button', { name: 'Compare with this plan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the link to the other plan');
    await user.type(field, 'https://example.org/#/link/not-a-plan');
    await user.click(screen.getByRole('button', { name: 'Compare with this plan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('That link does not open');
    expect(field).toHaveValue('https://example.org/#/link/not-a-plan');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(window.location.hash).toBe('#/compare');

    await user.clear(field);
    await user.click(field);
    await user.paste(`https://example.org/#/link/${payload()}/s2`);
    await user.click(screen.getByRole('button', { name: 'Compare with this plan' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/compare/with/${payload()}`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare with another plan' }),
    ).toBeVisible();
  });

  it('opens an answers file, and names what is wrong with a tampered one or one without services', async () => {
    const user = userEvent.setup();
    renderAt('#/compare/with');
    const input = await screen.findByLabelText('Or open its answers file');
    const text = encodeAnswersFile(kb, otherPlan(), new Date('2026-11-30T00:00:00Z'));
    const raw = JSON.parse(text) as Record<string, unknown>;

    await user.upload(
      input,
      new File([JSON.stringify({ ...raw, services: [] })], 'empty.json', {
        type: 'application/json',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /empty\.json does not open.*Services/,
    );
    await user.upload(
      input,
      new File([JSON.stringify({ ...raw, weights: { latency: 9 } })], 'tampered.json', {
        type: 'application/json',
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/tampered\.json does not open.*latency/),
    );
    expect(window.location.hash).toBe('#/compare/with');

    await user.upload(input, new File([text], 'ben.json', { type: 'application/json' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/compare\/with\/[\w-]+$/));
    expect(await screen.findByLabelText('Service in the other plan')).toHaveValue('s2');
  });

  it('opens a file whose notes are too long for an address: notes play no part in a comparison', async () => {
    const user = userEvent.setup();
    renderAt('#/compare/with');
    const noted = otherPlan();
    noted.services = noted.services.map((s) => ({ ...s, notes: 'Why we care. '.repeat(150) }));
    const text = encodeAnswersFile(kb, noted, new Date('2026-11-30T00:00:00Z'));
    await user.upload(
      await screen.findByLabelText('Or open its answers file'),
      new File([text], 'noted.json', { type: 'application/json' }),
    );
    expect(await screen.findByLabelText('Service in the other plan')).toHaveValue('s2');
    expect(window.location.hash).toMatch(/^#\/compare\/with\/[\w-]+$/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
