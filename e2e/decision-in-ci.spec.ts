import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { APIRequestContext, Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { openLanding } from './helpers';

const exec = promisify(execFile);

/** `node rust-or-go.mjs …` in `dir`; never throws, returns the exit code and output. */
async function node(dir: string, ...args: string[]) {
  try {
    const { stdout } = await exec('node', ['rust-or-go.mjs', ...args], { cwd: dir });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

/**
 * Records the decision on the result page (decided 2026-11-21, review by 2027-05-21), downloads
 * its answers file into `dir/decisions/` and the command line the section links to into `dir`,
 * as a team would commit them. Returns the answers file's name.
 */
async function recordDecisionInto(page: Page, request: APIRequestContext, dir: string) {
  const section = page.getByRole('region', { name: 'Check this decision in CI' });
  await section.getByRole('textbox', { name: 'Decided on' }).fill('2026-11-21');
  await section.getByRole('textbox', { name: 'Review by' }).fill('2027-05-21');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download the answers file with the decision' }).click(),
  ]);
  await mkdir(join(dir, 'decisions'));
  await copyFile(await download.path(), join(dir, 'decisions', download.suggestedFilename()));
  // The command line the site serves next to index.html, as the section links to it.
  const href = await section
    .getByRole('link', { name: /Download the command line/ })
    .getAttribute('href');
  const cli = await request.get(href!);
  expect(cli.ok()).toBe(true);
  await writeFile(join(dir, 'rust-or-go.mjs'), await cli.body());
  return download.suggestedFilename();
}

test('a decision recorded in the app passes the site’s own check until its review-by date', async ({
  page,
  request,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'rust-or-go-e2e-'));
  try {
    await openLanding(page);
    await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
    await page.getByRole('button', { name: 'See the recommendation' }).click();

    const section = page.getByRole('region', { name: 'Check this decision in CI' });
    await expect(section).toBeVisible();
    await checkA11y(page);
    const fileName = await recordDecisionInto(page, request, dir);

    const before = await node(dir, 'check', 'decisions', '--today', '2027-05-21');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('review by 2027-05-21');
    const after = await node(dir, 'check', 'decisions', '--today', '2027-05-22');
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(`FAIL decisions/${fileName}:`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const ACME = {
  format: 'rust-or-go-profile',
  formatVersion: 1,
  name: 'Acme platform group',
  rings: { rust: 'hold' },
};

test('a profile.json served next to index.html applies to the result, report, record and link, named with its hash', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  await page.route('**/profile.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(ACME) }),
  );
  await openLanding(page);
  await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  const section = page.getByRole('region', { name: 'Organisation profile' });
  await expect(section.getByText(/^Applied:/)).toHaveText(
    /Applied: Acme platform group \([0-9a-f]{8}\), served with this site/,
  );
  const hash = /\(([0-9a-f]{8})\)/.exec(
    (await section.getByText(/^Applied:/).textContent()) ?? '',
  )![1]!;
  await expect(section.getByText(/The result above is scored with it:/)).toContainText(
    'Go (Rust ruled out by the organisation profile “Acme platform group”)',
  );
  // The result itself is the profile's: its verdict, and the profile named beside it.
  await expect(
    page.getByRole('heading', { level: 2, name: 'Go — Rust is ruled out' }),
  ).toBeVisible();
  await expect(page.locator('.result-summary')).toContainText(
    `Scored with the organisation profile “Acme platform group” (${hash}).`,
  );
  await checkA11y(page);

  // The record is scored with the profile and names it.
  const record = page.getByRole('region', { name: 'Decision record (Markdown)' });
  await expect(record).toContainText(
    `Scored with the organisation profile Acme platform group (${hash})`,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    record.getByRole('button', { name: 'Download the record (.md)' }).click(),
  ]);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# Build Edge proxy in Go$/m);
  expect(markdown).toContain(`* Organisation profile applied: “Acme platform group” (${hash}).`);

  // The decision recorded under the profile passes the site's own check with that profile until
  // its review-by date: the file records the verdict the result page showed. Without the profile
  // the check says that verdict no longer holds.
  const dir = await mkdtemp(join(tmpdir(), 'rust-or-go-e2e-'));
  try {
    await recordDecisionInto(page, request, dir);
    await writeFile(join(dir, 'profile.json'), JSON.stringify(ACME));
    const held = await node(
      dir,
      'check',
      'decisions',
      '--profile',
      'profile.json',
      '--today',
      '2027-05-21',
    );
    expect(held.stdout).not.toContain('FAIL');
    expect(held.code).toBe(0);
    const late = await node(
      dir,
      'check',
      'decisions',
      '--profile',
      'profile.json',
      '--today',
      '2027-05-22',
    );
    expect(late.code).toBe(1);
    const plain = await node(dir, 'check', 'decisions', '--today', '2027-05-21');
    expect(plain.code).toBe(1);
    // The file says which profile it was recorded under, so the check asks for it rather than
    // calling the verdict changed.
    expect(plain.stdout).toMatch(
      /recorded under the organisation profile “Acme platform group” \([0-9a-f]{8}\): pass --profile/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // The link names the profile; opened where none applies, the page says so.
  const link = await page.getByLabel('Link to this result').inputValue();

  // The report, on screen and in print, names it, and its verdict is the profile's.
  await page.goto('./#/services/s1/report');
  const fact = page.locator('.report__facts-wide').filter({ hasText: 'Organisation profile' });
  await expect(fact).toContainText(
    `Acme platform group (${hash}). Every verdict, weight and score in this report is with it.`,
  );
  await expect(page.locator('.report-service').first()).toContainText(
    'On hold in the organisation profile',
  );
  await checkA11y(page);
  await page.emulateMedia({ media: 'print' });
  await expect(fact).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const other = await browser.newContext({ baseURL });
  try {
    const fresh = await other.newPage();
    await fresh.route('**/profile.json', (route) => route.fulfill({ status: 404 }));
    await fresh.goto(`./${new URL(link).hash}`);
    const notice = fresh
      .getByRole('status')
      .filter({ hasText: 'made with an organisation profile not applied here' });
    await expect(notice).toContainText(
      `This link was made with the profile “Acme platform group” (${hash}); it is not applied here, so verdicts can differ.`,
    );
    // Without the profile the service is Rust again; that the link's Go differs is the profile's
    // doing, which the notice says, not news of the knowledge base.
    await expect(fresh.getByRole('heading', { level: 2, name: 'Rust' })).toBeVisible();
    await expect(fresh.getByText('The verdict has changed since this link was made')).toHaveCount(
      0,
    );
    await checkA11y(fresh);
    // Its way forward: open that profile, and the notice becomes a quiet confirmation.
    const [chooser] = await Promise.all([
      fresh.waitForEvent('filechooser'),
      notice.getByRole('button', { name: 'Open that profile…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'profile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(ACME)),
    });
    await expect(notice).toHaveCount(0);
    await expect(
      fresh.getByText(/made with the organisation profile .* the one applied here/),
    ).toBeVisible();
    // Now the result is the sender's, and matches the verdict the link carries.
    await expect(
      fresh.getByRole('heading', { level: 2, name: 'Go — Rust is ruled out' }),
    ).toBeVisible();
    await expect(fresh.getByText('The verdict has changed since this link was made')).toHaveCount(
      0,
    );
  } finally {
    await other.close();
  }
});
