import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { answer, choose, next, startBlank } from './helpers';

/** Goes to the services page through the main navigation. */
export async function openServices(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Services' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your services' })).toBeVisible();
}

/** Goes to the portfolio page through the main navigation. */
export async function openPortfolio(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Portfolio' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
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

/** The portfolio the journey builds: each service's name and the verdict it gets. */
export const THREE_SERVICES = [
  { name: 'billing-api', verdict: 'Go' },
  { name: 'image-resizer', verdict: 'Rust' },
  { name: 'admin-tool', verdict: 'Go' },
] as const;

/**
 * From a clean browser, through the questionnaire: a Go-fluent team of six building a billing
 * CRUD API, an image-resizing hot path with a p99 under 10 ms and an internal admin tool. Ends
 * on the admin tool's result.
 */
export async function buildThreeServicePortfolio(page: Page): Promise<void> {
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
  // Rare pauses are fine: the resizer's verdict comes from its scores, not a deal-breaker.
  await choose(page, 'tail-spikes', 'rarely');
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
}
