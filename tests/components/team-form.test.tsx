import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import { decodeAnswersFile, encodeAnswersFile } from '../../src/domain/answers-file';
import type { PlannerInputs } from '../../src/domain/inputs';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { startOver } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

// Every comparison now measures the team's stability by sampling: slower on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const kb = getKnowledgeBase();

function plan(): PlannerInputs {
  const opened = decodeAnswersFile(
    kb,
    readFileSync('tests/fixtures/answers-portfolio.json', 'utf8'),
  );
  if (!opened.ok) throw new Error('fixture does not open');
  return { ...opened.value.inputs, services: opened.value.inputs.services.slice(0, 2) };
}

/** A member's version of the plan: billing-api's bottleneck answered `bottleneck`. */
function memberPlan(bottleneck: string): PlannerInputs {
  const p = plan();
  return {
    ...p,
    services: p.services.map((s, i) =>
      i === 0 ? { ...s, answers: { ...s.answers, bottleneck } } : s,
    ),
  };
}

const linkOf = (inputs: PlannerInputs) =>
  `https://example.org/rust-or-go/#/link/${encodePermalink(kb, inputs, linkTables)}`;
const member = (n: number) => screen.getByRole('group', { name: `Member ${n}` });
const answersFile = (inputs: PlannerInputs, name: string, who?: string) => {
  const text = encodeAnswersFile(kb, inputs, new Date('2026-11-30T00:00:00Z'));
  return new File(
    [who ? text.replace('"format"', `"member": "${who}",\n  "format"`) : text],
    name,
    {
      type: 'application/json',
    },
  );
};

async function openForm() {
  renderAt('#/team');
  await screen.findByRole('heading', { level: 1, name: 'Decide as a team' });
  return userEvent.setup();
}

beforeEach(() => startOver());

describe('the team member form', () => {
  it('fills a row per link when several links are pasted at once, and compares them once named', async () => {
    const user = await openForm();
    const links = [linkOf(plan()), linkOf(memberPlan('cpu')), linkOf(memberPlan('mixed'))];
    await user.click(within(member(1)).getByLabelText('Their link'));
    await user.paste(links.join('\n'));
    expect(within(member(1)).getByLabelText('Their link')).toHaveValue(links[0]);
    expect(within(member(2)).getByLabelText('Their link')).toHaveValue(links[1]);
    expect(within(member(3)).getByLabelText('Their link')).toHaveValue(links[2]);
    expect(screen.getByText(/3 links pasted, one a member; give each member a name/)).toBeVisible();

    for (const [i, name] of ['Ana', 'Ben', 'Cleo'].entries())
      await user.type(within(member(i + 1)).getByLabelText('Name'), name);
    await user.click(screen.getByRole('button', { name: 'Compare the answers' }));
    expect(
      await screen.findByText('3 members: Ana, Ben, Cleo. Each answered on their own.'),
    ).toBeVisible();
  });

  it('adds members from their answers files, named by the file or by the member it names', async () => {
    const user = await openForm();
    await user.upload(screen.getByLabelText('Or open their answers files (several at once)'), [
      answersFile(plan(), 'rust-or-go-answers.json', 'Ana'),
      answersFile(memberPlan('cpu'), 'ben.json'),
      new File(['{"format":"rust-or-go-answers"'], 'broken.json', { type: 'application/json' }),
    ]);
    await waitFor(() => expect(within(member(1)).getByLabelText('Name')).toHaveValue('Ana'));
    expect(within(member(2)).getByLabelText('Name')).toHaveValue('ben');
    expect(within(member(2)).getByLabelText('Their link')).toHaveValue(
      encodePermalink(kb, memberPlan('cpu'), linkTables),
    );
    expect(screen.queryByRole('group', { name: 'Member 3' })).toBeNull();
    expect(screen.getByText(/broken\.json: The file is not JSON/)).toBeVisible();
    expect(screen.getByText('Added Ana, ben.')).toBeVisible();
  });

  it('refuses a link of a different plan, naming whose, and keeps what was typed', async () => {
    const user = await openForm();
    const other = { ...plan(), services: plan().services.slice(0, 1) };
    await user.type(within(member(1)).getByLabelText('Name'), 'Ana');
    await user.click(within(member(1)).getByLabelText('Their link'));
    await user.paste(linkOf(plan()));
    await user.type(within(member(2)).getByLabelText('Name'), 'Ben');
    await user.click(within(member(2)).getByLabelText('Their link'));
    await user.paste(linkOf(other));
    await user.click(screen.getByRole('button', { name: 'Compare the answers' }));

    expect(await screen.findByText('Some members cannot be compared yet')).toBeVisible();
    expect(screen.getByText(/Ben’s plan is not the same plan/)).toBeVisible();
    expect(window.location.hash).toBe('#/team');
    expect(within(member(2)).getByLabelText('Their link')).toHaveValue(linkOf(other));
    expect(document.activeElement).toHaveTextContent('Some members cannot be compared yet');
  });

  it('refuses a broken link with what happened and what to do', async () => {
    const user = await openForm();
    const broken = linkOf(plan()).slice(0, -6);
    await user.type(within(member(1)).getByLabelText('Name'), 'Ana');
    await user.click(within(member(1)).getByLabelText('Their link'));
    await user.paste(linkOf(plan()));
    await user.type(within(member(2)).getByLabelText('Name'), 'Ben');
    await user.click(within(member(2)).getByLabelText('Their link'));
    await user.paste(broken);
    await user.click(screen.getByRole('button', { name: 'Compare the answers' }));
    expect(await screen.findByText(/^Ben: The link/)).toHaveTextContent(/Ask whoever sent it/);
    expect(screen.queryByText(/^Ana:/)).toBeNull();
    expect(window.location.hash).toBe('#/team');
  });

  it('asks for a name and a link for every member it is given', async () => {
    const user = await openForm();
    await user.click(within(member(2)).getByLabelText('Their link'));
    await user.paste(linkOf(plan()));
    await user.click(screen.getByRole('button', { name: 'Compare the answers' }));
    expect(await screen.findByText('Member 1 needs a name.')).toBeVisible();
    expect(screen.getByText('Add two or more members to compare.')).toBeVisible();
  });

  it('removes a member, keeping the others and moving focus to the next one', async () => {
    const user = await openForm();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    for (const [i, name] of ['Ana', 'Ben', 'Cleo'].entries())
      await user.type(within(member(i + 1)).getByLabelText('Name'), name);
    await user.click(screen.getByRole('button', { name: 'Remove Ben' }));

    expect(screen.queryByRole('group', { name: 'Member 3' })).toBeNull();
    expect(within(member(1)).getByLabelText('Name')).toHaveValue('Ana');
    expect(within(member(2)).getByLabelText('Name')).toHaveValue('Cleo');
    expect(within(member(2)).getByLabelText('Name')).toHaveFocus();
    expect(screen.getByText('Ben removed.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });
});
