import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { choose, expectStep, next, promptOf, startBlank } from './helpers';

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
  await expectStep(page, 'service');
  await expect(page.getByLabel('Service name')).toHaveValue(name);
}

/** The team step of a later service: its answers are shared and already filled in. */
async function expectSharedTeamStep(page: Page, services: number): Promise<void> {
  await expect(
    page.getByText(`These answers are shared by all ${services} services`),
  ).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: promptOf('team-fluency') })
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
  await choose(page, 'workload-kind', 'crud-api');
  await choose(page, 'service-origin', 'greenfield');
  await next(page, 'risk');
  await choose(page, 'memory-safety-impact', 'serious');
  await choose(page, 'bottleneck', 'io');
  await choose(page, 'latency-budget', 'relaxed');
  await next(page, 'resources');
  await choose(page, 'memory-constraints', 'ordinary');
  await choose(page, 'concurrency-shape', 'independent');
  await next(page, 'delivery');
  await choose(page, 'deadline', 'months');
  await next(page, 'team');
  await expect(page.getByText(/shared by every service you add/)).toBeVisible();
  await choose(page, 'team-fluency', 'go');
  await choose(page, 'team-size', 'under-10');
  await choose(page, 'runtimes-in-production', 'go-only');
  await next(page, 'review');
  await seeRecommendation(page, 'Go');

  // 2. An image-resizing hot path with a p99 under 10 ms.
  await openServices(page);
  await addService(page, 'image-resizer', 2);
  await choose(page, 'workload-kind', 'hot-path');
  await choose(page, 'service-origin', 'greenfield');
  await next(page, 'risk');
  await choose(page, 'memory-safety-impact', 'serious');
  await choose(page, 'bottleneck', 'cpu');
  await choose(page, 'latency-budget', 'under-10ms');
  // Rare pauses are fine: the resizer's verdict comes from its scores, not a deal-breaker.
  await choose(page, 'tail-spikes', 'rarely');
  await next(page, 'resources');
  await next(page, 'delivery');
  await next(page, 'team');
  await expectSharedTeamStep(page, 2);
  await next(page, 'review');
  await seeRecommendation(page, 'Rust');

  // 3. An internal admin tool.
  await openServices(page);
  await addService(page, 'admin-tool', 3);
  await choose(page, 'workload-kind', 'internal-tool');
  await choose(page, 'service-origin', 'greenfield');
  await next(page, 'risk');
  await choose(page, 'memory-safety-impact', 'minor');
  await choose(page, 'bottleneck', 'io');
  await next(page, 'resources');
  await next(page, 'delivery');
  await choose(page, 'deadline', 'months');
  await next(page, 'team');
  await expectSharedTeamStep(page, 3);
  await next(page, 'review');
  await seeRecommendation(page, 'Go');
}
