/**
 * Fault journeys: the ways saved work used to disappear — another tab, a shared plan, a worked
 * example, repeated service ids, a full storage, a reload — each ending with the person's own
 * work still there or restorable in one click.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { getKnowledgeBase, linkTables } from '../content';
import type { PlannerInputs } from '../src/domain/inputs';
import { encodePermalink, withChecksum } from '../src/domain/permalink/permalink';
import { encodeBase64Url } from '../src/domain/permalink/base64url';
import { writeFormatV1 } from '../src/domain/permalink/format-v1';
import { findLinkTable } from '../src/domain/permalink/link-table';
import { checkA11y, expect, test } from './fixtures';
import { expectStep, waitForApp } from './helpers';

const KEY = 'rust-or-go';
const kb = getKnowledgeBase();

/** The envelope the planner saves, for a plan whose services are given. */
function savedPlan(inputs: Partial<PlannerInputs>): string {
  return JSON.stringify({
    state: {
      teamAnswers: {},
      services: [{ id: 's1', name: '', notes: '', answers: {} }],
      weights: {},
      activeServiceId: 's1',
      kbVersion: kb.version,
      ...inputs,
    },
    version: 2,
  });
}

const ledger = savedPlan({
  services: [{ id: 's1', name: 'ledger', notes: '', answers: { 'workload-kind': 'crud-api' } }],
});

/**
 * Opens the app with `raw` saved, as a returning visitor has it (on the first load only, so a
 * reload finds what the app saved since). `breakStorage` then makes writing throw for the keys
 * it matches, as a full storage does.
 */
async function startWithSaved(page: Page, raw: string, breakStorage?: RegExp) {
  await page.addInitScript(
    ([key, value, broken]) => {
      if (sessionStorage.getItem('e2e:seeded') === null) {
        sessionStorage.setItem('e2e:seeded', 'yes');
        localStorage.setItem(key, value);
      }
      if (broken === null) return;
      const pattern = new RegExp(broken);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, text: string) {
        if (this === localStorage && pattern.test(name)) {
          throw new DOMException('Storage is full', 'QuotaExceededError');
        }
        setItem.call(this, name, text);
      };
    },
    [KEY, raw, breakStorage?.source ?? null] as const,
  );
  await page.goto('./');
  await waitForApp(page);
}

const savedText = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const savedNames = async (page: Page) =>
  (JSON.parse((await savedText(page)) ?? '{}') as { state: PlannerInputs }).state.services.map(
    (s) => s.name,
  );

const link = (inputs: PlannerInputs) => `./#/link/${encodePermalink(kb, inputs, linkTables)}`;
const theirPlan: PlannerInputs = {
  teamAnswers: {},
  services: [
    { id: 's1', name: 'their-gateway', notes: '', answers: { 'workload-kind': 'crud-api' } },
  ],
  weights: {},
};
const EMPTY_SHARED_PLAN = './#/link/AQIEAYAgAAAAAAAAAADOmA';

const replaceDialog = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Replace your current answers?' });

test.describe('1. starting over while a shared plan is open', () => {
  for (const [kind, address] of [
    ['an empty', EMPTY_SHARED_PLAN],
    ['a named', link(theirPlan)],
  ] as const) {
    test(`with ${kind} shared plan it asks, naming my own services, and I can restore them`, async ({
      page,
    }) => {
      await startWithSaved(page, ledger);
      await page.goto(address);
      await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
      await page.locator('.brand').click();
      await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
      const dialog = replaceDialog(page);
      await expect(dialog).toContainText('1 service: “ledger”');
      await expect(dialog).not.toContainText('their-gateway');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download my answers first' }).click(),
      ]);
      expect(await readFile(await download.path(), 'utf8')).toContain('"ledger"');
      await dialog.getByRole('button', { name: 'Replace and start' }).click();
      await expectStep(page, 'service');
      expect(await savedNames(page)).toEqual(['']);
      await page.getByRole('button', { name: 'Restore the plan you replaced' }).click();
      expect(await savedNames(page)).toEqual(['ledger']);
    });
  }

  test('a start address reached while a shared plan is open asks too', async ({ page }) => {
    await startWithSaved(page, ledger);
    await page.goto(EMPTY_SHARED_PLAN);
    await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
    // What another site can do to a window it opened: move it to a start address.
    await page.evaluate(() => (window.location.hash = '#/start'));
    await expect(replaceDialog(page)).toContainText('“ledger”');
    expect(await savedNames(page)).toEqual(['ledger']);
  });
});

test.describe('2. two tabs', () => {
  test('"Back to my answers" in a tab with a shared plan keeps what another tab saved since', async ({
    page,
    context,
  }) => {
    await startWithSaved(page, ledger);
    const other = await context.newPage();
    await other.goto(link(theirPlan));
    await expect(other.getByText('You are looking at a shared plan')).toBeVisible();

    await page.getByRole('button', { name: 'Continue “ledger”' }).click();
    await page.getByLabel('Service name').fill('ledger v2');
    await expect.poll(() => savedNames(page)).toEqual(['ledger v2']);

    await other.getByRole('button', { name: 'Back to my answers' }).click();
    await expect(other.getByRole('button', { name: 'Continue “ledger v2”' })).toBeVisible();
    expect(await savedNames(page)).toEqual(['ledger v2']);
  });

  test('a tab takes over what another tab saved, says so, and never writes an older plan over it', async ({
    page,
    context,
  }) => {
    await startWithSaved(page, ledger);
    const other = await context.newPage();
    await other.goto('./#/services/s1/questions/1');
    await expect(other.getByLabel('Service name')).toHaveValue('ledger');

    await page.getByRole('button', { name: 'Continue “ledger”' }).click();
    await page.getByLabel('Service name').fill('ledger v2');
    await expect(other.getByText('Your plan was changed in another tab')).toBeVisible();

    // The other tab acts on its (now updated) plan: nothing typed in the first is lost.
    await other.getByRole('link', { name: 'Services' }).click();
    await other.getByRole('button', { name: 'Add a service' }).click();
    await expect.poll(() => savedNames(other)).toEqual(['ledger v2', '']);
    await checkA11y(other);
  });
});

test.describe('3. service ids used twice', () => {
  const twice: PlannerInputs = {
    teamAnswers: {},
    services: [
      { id: 's2', name: 'first', notes: '', answers: {} },
      { id: 's2', name: 'second', notes: '', answers: {} },
    ],
    weights: {},
  };

  /** Renames the first service on the services page; the second must keep its name. */
  async function renameFirst(page: Page) {
    await page.getByRole('link', { name: 'Services' }).click();
    await page.getByLabel('Name of service 1').fill('renamed');
    await expect(page.getByLabel('Name of service 2')).toHaveValue('second');
  }

  test('from a file: refused, saying which service repeats an id, and nothing changes', async ({
    page,
  }) => {
    await startWithSaved(page, ledger);
    await page.goto('./#/open');
    await page.getByLabel('Answers file').setInputFiles({
      name: 'rust-or-go-answers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'rust-or-go-answers',
          formatVersion: 1,
          knowledgeBaseVersion: kb.version,
          ...twice,
        }),
      ),
    });
    await expect(page.getByRole('alert')).toContainText('is already the id of service 1');
    expect(await savedNames(page)).toEqual(['ledger']);
  });

  test('from a link: each service gets its own id, and the page says so', async ({ page }) => {
    const body = writeFormatV1(findLinkTable(linkTables, kb.version)!, {
      kbVersion: kb.version,
      inputs: twice,
      verdicts: [null, null],
    });
    await page.goto(`./#/link/${encodeBase64Url(withChecksum(body))}`);
    await expect(page.getByText('was already used by another service')).toBeVisible();
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await renameFirst(page);
  });
});

test.describe('4. a worked example over work that is only', () => {
  const work: [string, Partial<PlannerInputs>][] = [
    ['notes', { services: [{ id: 's1', name: '', notes: 'why we care', answers: {} }] }],
    ['weights', { weights: { latency: 4 } }],
  ];
  for (const [what, inputs] of work) {
    test(what, async ({ page }) => {
      const saved = savedPlan(inputs);
      await startWithSaved(page, saved);
      await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
      await replaceDialog(page).getByRole('button', { name: 'Keep my answers' }).click();
      expect(JSON.parse((await savedText(page))!)).toEqual(JSON.parse(saved));
    });
  }
});

test('5. Dismiss on the restore notice before the knowledge base has loaded', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/content-*.js', async (route) => {
    await held;
    await route.continue();
  });
  const partial = JSON.parse(ledger) as { state: Record<string, unknown> };
  partial.state.services = [...(partial.state.services as unknown[]), 'not a service'];
  await startWithSaved(page, JSON.stringify(partial));
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Part of your saved work could not be restored')).toHaveCount(0);
  release();
  await page.getByRole('button', { name: 'Continue “ledger”' }).click();
  await expect(page.getByLabel('Service name')).toHaveValue('ledger');
  expect(await savedNames(page)).toEqual(['ledger']);
});

test.describe('6. a full storage', () => {
  test('during a replacement: the replaced plan is restorable in one click', async ({ page }) => {
    await startWithSaved(page, ledger, /^rust-or-go/);
    await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
    await replaceDialog(page).getByRole('button', { name: 'Replace and start' }).click();
    await expect(page.getByLabel('Service name')).toHaveValue('Edge proxy');
    const notice = page.getByRole('region', { name: 'Your previous plan was replaced' });
    await expect(notice).toContainText('kept only while this tab stays open');
    await checkA11y(page);
    await notice.getByRole('button', { name: 'Restore the plan you replaced' }).click();
    await page.locator('.brand').click();
    await expect(page.getByRole('button', { name: 'Continue “ledger”' })).toBeVisible();
  });

  test('with saved work too big to restore whole and no room for a copy, it is not saved over', async ({
    page,
  }) => {
    const oversized = savedPlan({
      services: [{ id: 's1', name: 'x'.repeat(600), notes: '', answers: {} }],
    });
    await startWithSaved(page, oversized, /:unrestored$/);
    await expect(page.getByText('What was saved is kept as it was, for now')).toBeVisible();
    await page.getByRole('button', { name: /^Continue/ }).click();
    await page.getByLabel('Service name').fill('edited');
    expect(await savedText(page)).toBe(oversized);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download what was saved' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.getByLabel('Service name').fill('edited again');
    await expect.poll(() => savedNames(page)).toEqual(['edited again']);
  });
});

test('7. edits to a shared plan survive a reload, and so does the shared plan', async ({
  page,
}) => {
  await startWithSaved(page, ledger);
  await page.goto(link(theirPlan));
  await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
  await page.goto('./#/services/s1/questions/1');
  await page.getByLabel('Service name').fill('their-gateway, edited');
  await page.reload();
  await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
  await expect(page.getByLabel('Service name')).toHaveValue('their-gateway, edited');
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await expect(page.getByRole('button', { name: 'Continue “ledger”' })).toBeVisible();
});

test.describe('9. wording and small losses', () => {
  test('a link cut short says it was cut', async ({ page }) => {
    const payload = encodePermalink(kb, theirPlan, linkTables);
    for (const cut of [payload.length - 1, payload.length - 2, payload.length - 3]) {
      await page.goto(`./#/link/${payload.slice(0, cut)}`);
      await expect(page.getByRole('alert')).toContainText('ends too early');
    }
  });

  test('a link of a newer format names that format', async ({ page }) => {
    const body = Uint8Array.from([0xac, 0x02, 1, 0, 0]);
    await page.goto(`./#/link/${encodeBase64Url(withChecksum(body))}`);
    await expect(page.getByRole('alert')).toContainText('link format 300');
  });

  test('a link to a service its plan does not have says so', async ({ page }) => {
    await page.goto(`${link(theirPlan)}/s99`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'No service s99 in this shared plan' }),
    ).toBeVisible();
  });

  test('a paste cut to the field’s length says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    await page.evaluate(() => navigator.clipboard.writeText('y'.repeat(10_000)));
    await page.getByLabel('Service name').focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByLabel('Service name')).toHaveValue('y'.repeat(500));
    await expect(
      page.getByText('Only 500 of the 10,000 characters you pasted were kept'),
    ).toBeVisible();
  });

  test('a name with a right-to-left override cannot turn the words around it', async ({ page }) => {
    const spoof = '\u202egnp.exe';
    await startWithSaved(
      page,
      savedPlan({ services: [{ id: 's1', name: spoof, notes: '', answers: {} }] }),
    );
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    // Isolated: first-strong isolate … pop directional isolate around the name.
    await expect(replaceDialog(page)).toContainText(`“\u2068${spoof}\u2069”`);
    await replaceDialog(page).getByRole('button', { name: 'Keep my answers' }).click();
    await page.goto('./#/services');
    await expect(page.locator('.service-card__name bdi, .service-card bdi').first()).toHaveText(
      spoof,
    );
  });

  test('the storage-full warning comes back a while after Dismiss', async ({ page }) => {
    await page.clock.install();
    await startWithSaved(page, ledger, /^rust-or-go$/);
    await page.getByRole('button', { name: 'Continue “ledger”' }).click();
    const warning = page.getByText('Your answers are not being saved in this browser');
    await page.getByLabel('Service name').fill('a');
    await expect(warning).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByLabel('Service name').fill('ab');
    await expect(warning).toHaveCount(0);
    await page.clock.fastForward(61_000);
    await page.getByLabel('Service name').fill('abc');
    await expect(warning).toBeVisible();
  });
});

test.describe('8. adding a shared plan’s services to my own', () => {
  const twoServices: PlannerInputs = {
    teamAnswers: {},
    services: [
      { id: 's1', name: 'their-gateway', notes: '', answers: { 'workload-kind': 'crud-api' } },
      { id: 's2', name: 'ledger', notes: '', answers: { 'workload-kind': 'auth-crypto' } },
    ],
    weights: { latency: 5 },
  };
  const cards = (page: Page) => page.locator('.verdict-card__name');

  test('from a link: appended next to my own, kept over a reload, and Undo puts my plan back', async ({
    page,
  }) => {
    await startWithSaved(page, ledger);
    await page.goto(link(twoServices));
    await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
    await page.getByRole('button', { name: 'Add these services to my plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(page.url()).toMatch(/#\/portfolio$/);
    const notice = page.getByRole('region', { name: 'Added 2 services to your plan' });
    await expect(notice).toContainText('a service of yours has the same name');
    await expect(notice).toContainText('different weights; yours were kept');
    await expect(page.getByText('You are looking at a shared plan')).toHaveCount(0);
    await checkA11y(page);
    await expect(cards(page)).toHaveText(['ledger', 'their-gateway', 'ledger']);
    expect(await savedNames(page)).toEqual(['ledger', 'their-gateway', 'ledger']);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(cards(page)).toHaveText(['ledger', 'their-gateway', 'ledger']);

    // Undo is offered until the person moves on; after a reload the plan before stays restorable.
    await page.goto(link(twoServices));
    await page.getByRole('button', { name: 'Add these services to my plan' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await savedNames(page)).toEqual(['ledger', 'their-gateway', 'ledger']);
    await expect(cards(page)).toHaveCount(3);
  });

  /** Opens an answers file holding the two other services, on the open-file page. */
  async function openTwoServicesFile(page: Page): Promise<void> {
    await page.goto('./#/open');
    await page.getByLabel('Answers file').setInputFiles({
      name: 'rust-or-go-answers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'rust-or-go-answers',
          formatVersion: 1,
          knowledgeBaseVersion: kb.version,
          ...twoServices,
        }),
      ),
    });
  }

  test('from a file, with the storage full: all added, said, and nothing lost', async ({
    page,
  }) => {
    await startWithSaved(page, ledger, /^rust-or-go/);
    await openTwoServicesFile(page);
    await page.getByRole('button', { name: 'Add these services to my plan' }).click();
    await expect(page.getByText('Your answers are not being saved in this browser')).toBeVisible();
    // Adding keeps no replaced plan (Undo keeps the plan from before the addition itself): the
    // page says the answers are not being saved, and Undo still works within the tab.
    await expect(page.getByRole('region', { name: 'Added 2 services to your plan' })).toBeVisible();
    await expect(cards(page)).toHaveText(['ledger', 'their-gateway', 'ledger']);
    expect(await savedNames(page)).toEqual(['ledger']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(cards(page)).toHaveText(['ledger']);
  });

  test('from a file, saved: kept over a reload', async ({ page }) => {
    await startWithSaved(page, ledger);
    await openTwoServicesFile(page);
    await page.getByRole('button', { name: 'Add these services to my plan' }).click();
    await expect(page.getByRole('region', { name: 'Added 2 services to your plan' })).toBeVisible();
    await page.reload();
    await expect(cards(page)).toHaveText(['ledger', 'their-gateway', 'ledger']);
  });
});
