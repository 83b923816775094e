import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { answer, next, startBlank } from './helpers';

/** Goes to the services page through the main navigation. */
async function openServices(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Services' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your services' })).toBeVisible();
}

/** Adds a service on the services page, types its name, and opens its questions. */
async function addService(page: Page, name: string, position: number): Promise<void> {
  await page.getByRole('button', { name: 'Add a service' }).click();
  const field = page.getByRole('textbox', { name: `Name of service ${position}` });
  await expect(field).toBeFocused();
  await field.fill(name);
  await page.getByRole('link', { name: `Start questions for ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 1 of 6/);
  await expect(page.getByLabel('Service name')).toHaveValue(name);
}

/** The team step of a later service: its answers are shared and already filled in. */
async function expectSharedTeamStep(page: Page, services: number): Promise<void> {
  await expect(
    page.getByText(`These answers are shared by all ${services} services`),
  ).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Which language is the team already productive in?' })
      .getByRole('radio', { name: 'Go', exact: true }),
  ).toBeChecked();
}

async function seeRecommendation(page: Page, verdict: string): Promise<void> {
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 2, name: verdict, exact: true })).toBeVisible();
}

test('a Go team builds a three-service portfolio, and a reload keeps all three', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await startBlank(page);

  // 1. A billing CRUD API, and the team: six engineers fluent in Go, Go in production.
  await page.getByLabel('Service name').fill('billing-api');
  await answer(page, 'What kind of service is it?', 'Business API over a database (CRUD)');
  await answer(page, 'Is this a new service or a rewrite?', 'A new service');
  await next(page, /Step 2 of 6/);
  await answer(page, /memory-safety bug/, /Serious/);
  await answer(page, 'Where does a request spend most of its time?', /Waiting on the database/);
  await answer(page, 'What p99 latency must the service meet?', /Over 50 ms/);
  await next(page, /Step 3 of 6/);
  await answer(page, 'How tight is memory where it runs?', /Ordinary instances/);
  await answer(page, /What does concurrency look like/, /Many independent requests/);
  await next(page, /Step 4 of 6/);
  await answer(page, 'When must the first version be in production?', 'Within about six months');
  await next(page, /Step 5 of 6.*Team/);
  await expect(page.getByText(/shared by every service you add/)).toBeVisible();
  await answer(page, 'Which language is the team already productive in?', /^Go$/);
  await answer(page, 'How many engineers will own it?', 'Fewer than 10');
  await answer(page, /already run in production/, 'Go, but not Rust');
  await next(page, /Step 6 of 6.*Review/);
  await seeRecommendation(page, 'Go');

  // 2. An image-resizing hot path with a p99 under 10 ms.
  await openServices(page);
  await addService(page, 'image-resizer', 2);
  await answer(page, 'What kind of service is it?', /CPU-heavy hot path/);
  await answer(page, 'Is this a new service or a rewrite?', 'A new service');
  await next(page, /Step 2 of 6/);
  await answer(page, /memory-safety bug/, /Serious/);
  await answer(page, 'Where does a request spend most of its time?', /Computing in our own code/);
  await answer(page, 'What p99 latency must the service meet?', 'Under 10 ms');
  await answer(page, /occasional pauses/, /spikes break it/);
  await next(page, /Step 3 of 6/);
  await next(page, /Step 4 of 6/);
  await next(page, /Step 5 of 6/);
  await expectSharedTeamStep(page, 2);
  await next(page, /Step 6 of 6/);
  await seeRecommendation(page, 'Rust');

  // 3. An internal admin tool.
  await openServices(page);
  await addService(page, 'admin-tool', 3);
  await answer(page, 'What kind of service is it?', 'Internal tool or admin app');
  await answer(page, 'Is this a new service or a rewrite?', 'A new service');
  await next(page, /Step 2 of 6/);
  await answer(page, /memory-safety bug/, /Minor/);
  await answer(page, 'Where does a request spend most of its time?', /Waiting on the database/);
  await next(page, /Step 3 of 6/);
  await next(page, /Step 4 of 6/);
  await answer(page, 'When must the first version be in production?', 'Within about six months');
  await next(page, /Step 5 of 6/);
  await expectSharedTeamStep(page, 3);
  await next(page, /Step 6 of 6/);
  await seeRecommendation(page, 'Go');

  const expectPortfolio = async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Portfolio' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
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
  await answer(page, 'What kind of service is it?', 'Business API over a database (CRUD)');
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
