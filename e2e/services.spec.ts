import { checkA11y, expect, test } from './fixtures';
import { choose, startBlank } from './helpers';
import { buildThreeServicePortfolio, openPortfolio, openServices } from './portfolio-journey';

test('a Go team builds a three-service portfolio, and a reload keeps all three', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await buildThreeServicePortfolio(page);

  const expectPortfolio = async () => {
    await openPortfolio(page);
    const cards = page.getByRole('region', { name: 'Verdicts side by side' }).getByRole('listitem');
    await expect(cards.getByRole('heading')).toHaveText([
      'billing-api',
      'image-resizer',
      'admin-tool',
    ]);
    await expect(cards.locator('.verdict-card__verdict')).toHaveText(['Go', 'Rust', 'Go']);
    await expect(
      page.getByRole('heading', { level: 2, name: '3 services, 2 runtimes in production' }),
    ).toBeVisible();
    await expect(
      page.getByText('Your organisation runs Go today; these verdicts add Rust.'),
    ).toBeVisible();
  };
  await expectPortfolio();
  await checkA11y(page);

  await page.reload();
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  await expectPortfolio();
  await openServices(page);
  await expect(
    page.getByRole('list', { name: 'Services' }).getByRole('heading', { level: 2 }),
  ).toHaveText(['1. billing-api', '2. image-resizer', '3. admin-tool']);
  await checkA11y(page);
});

test('a removed service comes back, in its place, with Undo from the keyboard', async ({
  page,
}) => {
  await startBlank(page);
  await page.getByLabel('Service name').fill('billing-api');
  await choose(page, 'workload-kind', 'crud-api');
  await openServices(page);
  for (const [name, position] of [
    ['image-resizer', 2],
    ['admin-tool', 3],
  ] as const) {
    await page.getByRole('button', { name: 'Add a service' }).click();
    await page.getByRole('textbox', { name: `Name of service ${position}` }).fill(name);
  }
  const headings = page.getByRole('list', { name: 'Services' }).getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['1. billing-api', '2. image-resizer', '3. admin-tool']);

  await page.getByRole('button', { name: 'Remove image-resizer' }).click();
  await expect(headings).toHaveText(['1. billing-api', '2. admin-tool']);
  const undo = page.getByRole('button', { name: 'Undo removing image-resizer' });
  await expect(undo).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Removed image-resizer' }),
  ).toBeAttached();
  await checkA11y(page);

  await page.keyboard.press('Enter');
  await expect(headings).toHaveText(['1. billing-api', '2. image-resizer', '3. admin-tool']);
  await expect(page.getByRole('heading', { level: 2, name: '2. image-resizer' })).toBeFocused();
  await expect(undo).toHaveCount(0);

  // A removal that is not undone survives a reload; the Undo offer does not.
  await page.getByRole('button', { name: 'Remove admin-tool' }).click();
  await page.reload();
  await expect(headings).toHaveText(['1. billing-api', '2. image-resizer']);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the services and portfolio pages pass axe, with a small-margin runtime shown', async ({
    page,
  }) => {
    await page.goto('./');
    await page.evaluate(() => {
      const state = {
        teamAnswers: { 'team-fluency': 'go', 'team-size': 'under-10' },
        services: [
          { id: 's1', name: 'billing-api', notes: '', answers: { 'workload-kind': 'crud-api' } },
          {
            id: 's2',
            name: 'image-resizer',
            notes: '',
            answers: {
              'workload-kind': 'hot-path',
              bottleneck: 'cpu',
              'latency-budget': 'under-10ms',
              'concurrency-shape': 'independent',
            },
          },
          {
            id: 's3',
            name: 'orders',
            notes: '',
            answers: { 'service-origin': 'existing-go', 'rewrite-bottleneck': 'database' },
          },
        ],
        weights: {},
        activeServiceId: 's1',
      };
      localStorage.setItem('rust-or-go', JSON.stringify({ state, version: 1 }));
    });
    await page.goto('./#/portfolio');
    await page.reload();
    await expect(
      page.getByRole('heading', { name: /alone adds Rust, by a small margin/ }),
    ).toBeVisible();
    await expect(page.getByText('Keep Go', { exact: true })).toBeVisible();
    await checkA11y(page);
    await page.goto('./#/services');
    await expect(page.getByRole('heading', { level: 1, name: 'Your services' })).toBeVisible();
    await checkA11y(page);
  });
});
