import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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

    const before = await node(dir, 'check', 'decisions', '--today', '2027-05-21');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('review by 2027-05-21');
    const after = await node(dir, 'check', 'decisions', '--today', '2027-05-22');
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(`FAIL decisions/${download.suggestedFilename()}:`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a profile.json served next to index.html applies to the result, named with its hash', async ({
  page,
}) => {
  await page.route('**/profile.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        format: 'rust-or-go-profile',
        formatVersion: 1,
        name: 'Acme platform group',
        rings: { rust: 'hold' },
      }),
    }),
  );
  await openLanding(page);
  await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  const section = page.getByRole('region', { name: 'Organisation profile' });
  await expect(section.getByText(/^Applied:/)).toHaveText(
    /Applied: Acme platform group \([0-9a-f]{8}\), served with this site/,
  );
  await expect(section.getByText(/With this profile:/)).toContainText(
    'Go (Rust ruled out by the organisation profile “Acme platform group”)',
  );
  await checkA11y(page);
});
