/**
 * The organisation profile is part of the verdict, replaced plans stay restorable, and addresses
 * mean one thing: journeys over the built site, keyboard only where a person acts, each screen
 * checked with axe and for sideways scrolling at a phone's and a desktop's width.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page, Route } from '@playwright/test';
import { getKnowledgeBase, linkTables } from '../content';
import { decodeAnswersFile, encodeAnswersFile } from '../src/domain/answers-file';
import type { PlannerInputs } from '../src/domain/inputs';
import { decodePermalink, encodePermalink } from '../src/domain/permalink/permalink';
import { expect, expectCleanInEveryView, test } from './fixtures';
import { waitForApp } from './helpers';

const kb = getKnowledgeBase();
const PHONE_AND_DESKTOP = [
  [390, 'light'],
  [1280, 'dark'],
] as const;

const ACME = {
  format: 'rust-or-go-profile',
  formatVersion: 1,
  name: 'Acme platform group',
  rings: { rust: 'hold' },
};

/** A service the knowledge base gives Rust, and the Acme profile (Rust on hold) gives Go. */
const authTokens: PlannerInputs = (() => {
  const answers = kb.presets.find((p) => p.id === 'auth-token-service')!.answers;
  const team = Object.fromEntries(
    Object.entries(answers).filter(([q]) =>
      kb.questions.some((x) => x.id === q && x.scope === 'team'),
    ),
  );
  const service = Object.fromEntries(Object.entries(answers).filter(([q]) => !(q in team)));
  return {
    teamAnswers: team,
    services: [{ id: 's1', name: 'auth-tokens', notes: '', answers: service }],
    weights: {},
  };
})();

/** Opens the app once with `inputs` saved, as a returning visitor has them. */
async function startWith(page: Page, inputs: PlannerInputs): Promise<void> {
  await page.addInitScript(
    (saved) => {
      if (sessionStorage.getItem('e2e:seeded') !== null) return;
      sessionStorage.setItem('e2e:seeded', 'yes');
      localStorage.setItem('rust-or-go', saved);
    },
    JSON.stringify({
      state: { ...inputs, activeServiceId: 's1', kbVersion: kb.version },
      version: 2,
    }),
  );
  await page.goto('./');
  await waitForApp(page);
}

/** Acts as a keyboard user does: focus, then Enter. */
async function press(target: Locator): Promise<void> {
  await target.focus();
  await target.press('Enter');
}

/** Goes to an address inside the app without reloading it (the profile stays as fetched). */
async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

const checking = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Checking the organisation profile…' });
const failure = (page: Page) =>
  page.getByText(/^The organisation profile could not be loaded \(the site answered 500/);

test.describe('the profile is part of the verdict', () => {
  test('while profile.json is held, no verdict, link or download is made; once it lands, all are the profile’s', async ({
    page,
  }) => {
    // Several pages, each checked with axe in two views: slow on a busy machine.
    test.slow();
    // The server holds the answer until the test lets it go (as a slow host would for seconds).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/profile.json', async (route: Route) => {
      await held;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(ACME) });
    });
    await startWith(page, authTokens);

    await visit(page, '#/services/s1/result');
    await expect(checking(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /appear as soon as/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Rust' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Link to this result' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download the answers (JSON)' })).toHaveCount(0);
    await expectCleanInEveryView(page, PHONE_AND_DESKTOP);
    await visit(page, '#/portfolio');
    await expect(checking(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toHaveCount(0);

    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    await visit(page, '#/services/s1/result');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Go — Rust is ruled out' }),
    ).toBeVisible();
    const url = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
    const opened = decodePermalink(kb, url.split('#/link/')[1]!, linkTables);
    expect(opened.ok && opened.value.authorProfile?.name).toBe('Acme platform group');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page.getByRole('button', { name: 'Download the answers (JSON)' })),
    ]);
    const file = decodeAnswersFile(kb, await readFile(await download.path(), 'utf8'));
    expect(file.ok && file.value.authorVerdicts[0]).toEqual({ kind: 'ruled-out', language: 'go' });
  });

  test('a profile.json answering 500 is named on every page that scores', async ({ page }) => {
    // Several pages, each checked with axe in two views: slow on a busy machine.
    test.slow();
    await page.route('**/profile.json', (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }),
    );
    await startWith(page, authTokens);
    const payload = encodePermalink(kb, authTokens, linkTables);
    for (const [hash, heading] of [
      ['#/services/s1/result', /auth-tokens/],
      ['#/portfolio', 'Portfolio'],
      ['#/report', /./],
      ['#/compare', 'Compare services'],
      [`#/link/${payload}`, /auth-tokens/],
    ] as const) {
      await visit(page, hash);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(failure(page)).toBeVisible();
    }
    // The result is the knowledge base's own, and the section says why the profile is missing.
    await visit(page, '#/services/s1/result');
    await expect(page.getByRole('heading', { level: 2, name: 'Rust' })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Organisation profile' })
        .getByText(/It is not applied because the site answered 500/),
    ).toBeVisible();
    const url = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
    const opened = decodePermalink(kb, url.split('#/link/')[1]!, linkTables);
    expect(opened.ok && opened.value.authorProfile).toBeUndefined();
    await expectCleanInEveryView(page, PHONE_AND_DESKTOP);
  });

  test('a link made without a profile, opened under one, says so and shows the verdicts without it', async ({
    page,
  }) => {
    // Several pages, each checked with axe in two views: slow on a busy machine.
    test.slow();
    await page.route('**/profile.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(ACME) }),
    );
    await startWith(page, {
      ...authTokens,
      services: [{ ...authTokens.services[0]!, name: 'mine' }],
    });
    // Format 1: made where no profile applied.
    await visit(page, `#/link/${encodePermalink(kb, authTokens, linkTables)}`);
    const notice = page.getByRole('status').filter({
      hasText: 'This link was made without an organisation profile',
    });
    await expect(notice).toContainText('Whoever made it saw the knowledge base’s own verdicts');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Go — Rust is ruled out' }),
    ).toBeVisible();
    const disclosure = notice.getByText('Show the verdicts without the profile');
    await press(disclosure);
    await expect(notice.getByRole('listitem')).toHaveText(['auth-tokens: Rust']);
    await expectCleanInEveryView(page, PHONE_AND_DESKTOP);
  });
});

test('replace a plan by a file, add a link’s services, then restore the replaced plan', async ({
  page,
}) => {
  // Several pages, each checked with axe in two views: slow on a busy machine.
  test.slow();
  const x: PlannerInputs = {
    teamAnswers: {},
    services: [{ id: 's1', name: 'ledger', notes: '', answers: { 'workload-kind': 'crud-api' } }],
    weights: {},
  };
  const fromFile: PlannerInputs = { ...x, services: [{ ...x.services[0]!, name: 'from-file' }] };
  const linked: PlannerInputs = { ...x, services: [{ ...x.services[0]!, name: 'from-link' }] };
  await startWith(page, x);

  await visit(page, '#/open');
  await page.getByLabel('Answers file').setInputFiles({
    name: 'rust-or-go-answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(encodeAnswersFile(kb, fromFile, new Date())),
  });
  await press(page.getByRole('button', { name: 'Open these answers' }));
  await press(page.getByRole('button', { name: 'Replace and open the file' }));
  await expect(page.getByRole('region', { name: 'Your previous plan was replaced' })).toContainText(
    '1 service: “ledger”',
  );

  await visit(page, `#/link/${encodePermalink(kb, linked, linkTables)}`);
  await press(page.getByRole('button', { name: 'Add this service to my plan' }));
  await expect(page.getByRole('region', { name: 'Added 1 service to your plan' })).toBeVisible();

  await visit(page, '#/services');
  const kept = page.getByRole('region', { name: 'Plans you replaced' });
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(kept.getByRole('listitem')).toContainText(/Replaced on .+: 1 service: “ledger”/);
  await expectCleanInEveryView(page, PHONE_AND_DESKTOP);
  await press(kept.getByRole('button', { name: /^Restore this plan/ }));
  await expect(page.getByLabel('Name of service 1')).toHaveValue('ledger');
  // The plan with the addition took its place, restorable in turn.
  await expect(kept.getByRole('listitem')).toContainText('“from-file” and “from-link”');
});

test.describe('an address that names nothing opens nothing else', () => {
  const payload = encodePermalink(kb, authTokens, linkTables);
  for (const [label, address, shown] of [
    ['s99 in a link', `#/link/${payload}/s99`, 'No service s99 in this shared plan'],
    [
      '__proto__ in a link',
      `#/link/${payload}/__proto__`,
      'No service __proto__ in this shared plan',
    ],
    [
      'a 5,000-digit id',
      `#/services/${'9'.repeat(5000)}/result`,
      `No service ${'9'.repeat(24)}… (5,000 characters) in this plan`,
    ],
    ['S1', '#/services/S1/result', 'No service S1 in this plan'],
    ['s99 compared', `#/compare/with/${payload}/s99/s1`, 'No service s99 in this plan'],
  ] as const) {
    test(`${label}: the not-found page, with links to the services there are`, async ({ page }) => {
      // Several pages, each checked with axe in two views: slow on a busy machine.
      test.slow();
      await startWith(page, authTokens);
      await visit(page, address);
      await expect(page.getByRole('heading', { level: 1, name: shown })).toBeVisible();
      const existing = page.getByRole('navigation', { name: 'The service it has' });
      await expect(existing.getByRole('link', { name: 'auth-tokens' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Rust' })).toHaveCount(0);
      await expectCleanInEveryView(page, PHONE_AND_DESKTOP);
      await press(existing.getByRole('link', { name: 'auth-tokens' }));
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^No service/);
    });
  }
});
