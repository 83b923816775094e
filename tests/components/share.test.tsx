import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import { encodeAnswersFile } from '../../src/domain/answers-file';
import type { PlannerInputs } from '../../src/domain/inputs';
import { encodePermalink, withChecksum } from '../../src/domain/permalink/permalink';
import { encodeBase64Url } from '../../src/domain/permalink/base64url';
import { writeFormatV1 } from '../../src/domain/permalink/format-v1';
import {
  renameService,
  setAnswer,
  startOver,
  usePlannerStore,
  STORAGE_KEY,
} from '../../src/state/planner-store';
import { catchDownloads } from '../support/downloads';
import { renderAt } from '../support/render-app';
import { resetStores } from '../support/stores';

const kb = getKnowledgeBase();

const shared: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'go' },
  services: [
    {
      id: 's1',
      name: 'billing-api',
      notes: '',
      answers: { 'workload-kind': 'crud-api', bottleneck: 'io' },
    },
    { id: 's2', name: 'auth', notes: '', answers: { 'workload-kind': 'auth-crypto' } },
  ],
  weights: {},
};
const linkTo = (inputs: PlannerInputs) => `#/link/${encodePermalink(kb, inputs, linkTables)}`;

/** Gives the person some saved work of their own. */
function ownWork() {
  resetStores();
  renameService('s1', 'my own service');
  setAnswer('s1', 'deadline', 'weeks');
}

beforeEach(ownWork);
afterEach(() => vi.restoreAllMocks());

describe('share section', () => {
  it('copies the link with the keyboard alone, and says so in a live region', async () => {
    const user = userEvent.setup();
    renderAt('#/services/s1/result');
    const field = await screen.findByRole('textbox', { name: 'Link to this result' });
    const url = (field as HTMLInputElement).value;
    expect(url).toMatch(/#\/link\/[A-Za-z0-9_-]+$/);
    screen.getByRole('button', { name: 'Copy link' }).focus();
    await user.keyboard('{Enter}');
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(screen.getByText(/^Link copied/)).toHaveAttribute('role', 'status');
  });

  it('selects the link for copying by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderAt('#/services/s1/result');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/did not allow copying/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveFocus(),
    );
  });

  it('warns when the link passes 2,000 characters and offers the file instead', async () => {
    usePlannerStore.setState((s) => ({
      services: s.services.map((x) => ({ ...x, notes: 'A very long note. '.repeat(110) })),
    }));
    renderAt('#/services/s1/result');
    expect(await screen.findByText(/This link is long: [\d,]+ characters/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the answers (JSON)' })).toHaveClass(
      'button--primary',
    );
  });

  it('downloads the answers as a file', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    renderAt('#/services/s1/result');
    await user.click(await screen.findByRole('button', { name: 'Download the answers (JSON)' }));
    expect(files).toHaveLength(1);
    const file = JSON.parse(await files[0]!.blob.text()) as { services: { name: string }[] };
    expect(file.services[0]?.name).toBe('my own service');
  });
});

describe('opening a link', () => {
  it('shows the shared result without touching the saved work', async () => {
    const saved = localStorage.getItem(STORAGE_KEY);
    renderAt(linkTo(shared));
    expect(
      await screen.findByRole('heading', { level: 1, name: /billing-api/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Go' })).toBeInTheDocument();
    expect(screen.getByText('You are looking at a shared plan')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Services in this plan' })).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('opens the service the link names', async () => {
    renderAt(`${linkTo(shared)}/s2`);
    expect(await screen.findByRole('heading', { level: 1, name: /auth/ })).toBeInTheDocument();
  });

  it.each([
    ['s99', 's99'],
    ['S1', 'S1'],
    ['s01', 's01'],
    ['__proto__', '__proto__'],
    ['a 5,000-digit id', '9'.repeat(5000)],
  ])(
    'opens nothing in place of a service the plan does not have (%s), and links to those it has',
    async (_, id) => {
      renderAt(`${linkTo(shared)}/${id}`);
      const heading = await screen.findByRole('heading', { level: 1, name: /^No service / });
      expect(heading).toHaveTextContent(
        id.length > 24 ? '… (5,000 characters) in this shared plan' : `${id} in this shared plan`,
      );
      const list = screen.getByRole('navigation', { name: 'The 2 services it has' });
      expect(within(list).getByRole('link', { name: 'billing-api' })).toHaveAttribute(
        'href',
        linkTo(shared),
      );
      expect(within(list).getByRole('link', { name: 'auth' })).toHaveAttribute(
        'href',
        `${linkTo(shared)}/s2`,
      );
      expect(screen.queryByRole('heading', { level: 2, name: 'Go' })).toBeNull();
    },
  );

  it('opens nothing in place of a service of the own plan that does not exist', async () => {
    renderAt('#/services/S1/result');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'No service S1 in this plan',
    });
    expect(heading).toBeVisible();
    expect(screen.getByRole('link', { name: 'my own service' })).toHaveAttribute(
      'href',
      '#/services/s1/result',
    );
  });

  it('shows both verdicts when today’s differs from the author’s', async () => {
    const body = writeFormatV1(linkTables[0]!, {
      kbVersion: '1.0.0',
      inputs: shared,
      verdicts: [{ kind: 'clear', language: 'rust' }, null],
    });
    renderAt(`#/link/${encodeBase64Url(withChecksum(body))}`);
    const notice = await screen.findByText('The verdict has changed since this link was made');
    const box = notice.parentElement!;
    expect(within(box).getByText('Rust', { selector: 'strong' })).toBeInTheDocument();
    expect(within(box).getByText('Go', { selector: 'strong' })).toBeInTheDocument();
  });

  it('asks before a copy replaces saved work, then keeps it as the person’s own', async () => {
    const user = userEvent.setup();
    renderAt(linkTo(shared));
    await user.click(await screen.findByRole('button', { name: 'Edit a copy' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Replace the answers saved in this browser?',
    });
    expect(dialog).toHaveTextContent('“my own service”');
    await user.click(within(dialog).getByRole('button', { name: 'Replace with the shared plan' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Review your answers/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText('You are looking at a shared plan')).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('billing-api');
  });

  it('goes back to the person’s own answers', async () => {
    const user = userEvent.setup();
    renderAt(linkTo(shared));
    await user.click(await screen.findByRole('button', { name: 'Back to my answers' }));
    expect(await screen.findByRole('button', { name: 'Continue “my own service”' })).toBeVisible();
  });
});

describe('a bad link', () => {
  it.each([
    ['garbage', '#/link/garbage', /changed or damaged/],
    ['cut short', linkTo(shared).slice(0, 20), /ends too early/],
    [
      'with foreign characters',
      '#/link/%F0%9F%92%A5',
      /characters that a Rust or Go\? link never has/,
    ],
  ])(
    'explains a %s link, focuses the message, and keeps the saved work',
    async (_what, hash, message) => {
      const user = userEvent.setup();
      renderAt(hash);
      const heading = await screen.findByRole('heading', {
        level: 1,
        name: 'This link cannot be opened',
      });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      await user.click(screen.getByRole('button', { name: 'Continue with my saved answers' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: /Review your answers/ }),
      ).toBeVisible();
      expect(usePlannerStore.getState().services[0]?.name).toBe('my own service');
    },
  );

  it('offers a fresh start when there is no saved work', async () => {
    startOver();
    renderAt('#/link/AAAA');
    expect(await screen.findByRole('link', { name: 'Start fresh' })).toHaveAttribute('href', '#/');
  });
});

describe('opening a saved file', () => {
  const upload = async (text: string, name = 'rust-or-go-answers-2026-11-21.json') => {
    const user = userEvent.setup();
    renderAt('#/open');
    const input = await screen.findByLabelText('Answers file');
    await user.upload(input, new File([text], name, { type: 'application/json' }));
    return user;
  };

  it('lists what is wrong with an invalid file, field by field', async () => {
    const file = JSON.parse(encodeAnswersFile(kb, shared, new Date())) as Record<string, unknown>;
    (file.services as Record<string, unknown>[])[1]!.name = 7;
    await upload(JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“rust-or-go-answers-2026-11-21.json” cannot be opened');
    expect(alert).toHaveTextContent('Service 2 › name: expected string');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('says plainly when the file is not an answers file', async () => {
    await upload('{"dependencies": {}}', 'package.json');
    expect(await screen.findByRole('alert')).toHaveTextContent('not a Rust or Go? answers file');
  });

  it('summarises a good file and opens it after asking', async () => {
    const user = await upload(encodeAnswersFile(kb, shared, new Date('2026-11-21T10:00:00Z')));
    expect(
      await screen.findByText(/2 services: “billing-api” and “auth”, saved on 21 November 2026/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open these answers' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Replace and open the file' }));
    expect(await screen.findByRole('heading', { level: 1, name: /billing-api/ })).toBeVisible();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('auth-crypto');
  });
});

describe('when answers cannot be saved', () => {
  it('says so, keeps the answers, and offers the file', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderAt('#/services/s1/questions/1');
    await user.click(await screen.findByRole('radio', { name: 'Edge or embedded worker' }));
    expect(
      await screen.findByText('Your answers are not being saved in this browser'),
    ).toBeInTheDocument();
    expect(screen.getByText(/storage for this site is full/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Download the answers (JSON)' }).length).toBe(1);
    expect(usePlannerStore.getState().services[0]?.answers['workload-kind']).toBe('edge-worker');
  });
});

describe('an empty link', () => {
  it('says the link has no plan in it', async () => {
    renderAt('#/link/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The link has no plan in it.');
  });
});
