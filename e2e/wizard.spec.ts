import { checkA11y, expect, test } from './fixtures';
import { choose, expectStep, next, openLanding, promptOf, startBlank } from './helpers';

test('scenario 1: a billing CRUD API for a Go team comes out Go', async ({ page }) => {
  await startBlank(page);
  await checkA11y(page);
  await page.getByLabel('Service name').fill('billing-api');
  await choose(page, 'workload-kind', 'crud-api');
  await choose(page, 'service-origin', 'greenfield');
  await next(page, 'risk');
  await expect(page).toHaveTitle(/Step 2 of 6/);

  await choose(page, 'memory-safety-impact', 'serious');
  await choose(page, 'bottleneck', 'io');
  await choose(page, 'latency-budget', 'relaxed');
  await checkA11y(page);
  await next(page, 'resources');

  await choose(page, 'memory-constraints', 'ordinary');
  await choose(page, 'concurrency-shape', 'independent');
  await next(page, 'delivery');

  await choose(page, 'deadline', 'months');
  await choose(page, 'build-sensitivity', 'moderate');
  await next(page, 'team');

  await choose(page, 'team-fluency', 'go');
  await choose(page, 'team-size', 'under-10');
  await next(page, 'review');

  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('billing-api');
  await expect(page.getByRole('heading', { level: 2, name: 'Go', exact: true })).toBeVisible();
  await expect(page.locator('.confidence')).toBeVisible();
  // Reasons cite their evidence by source title.
  await expect(page.getByRole('heading', { name: 'Team fluency' })).toBeVisible();
  await expect(page.getByText('— Rust vs Go for Backends: Language choice').first()).toBeVisible();
  await checkA11y(page);
});

test('scenario 3: an auth token service for a Rust team comes out Rust', async ({ page }) => {
  await startBlank(page);
  await page.getByLabel('Service name').fill('auth-tokens');
  await choose(page, 'workload-kind', 'auth-crypto');
  await next(page, 'risk');
  await choose(page, 'memory-safety-impact', 'catastrophic');
  await next(page, 'resources');
  await next(page, 'delivery');
  await next(page, 'team');
  await choose(page, 'team-fluency', 'rust');
  await next(page, 'review');
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rust', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Memory-safety criticality' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When to revisit' })).toBeVisible();
});

test('a reload in the middle of the questionnaire keeps every answer', async ({ page }) => {
  await startBlank(page);
  await page.getByLabel('Service name').fill('Payments “edge” <svc>');
  await choose(page, 'workload-kind', 'edge-worker');
  await next(page, 'risk');
  await choose(page, 'latency-budget', 'under-10ms');

  await page.reload();
  await expectStep(page, 'risk');
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  await expect(
    page
      .getByRole('group', { name: promptOf('latency-budget') })
      .getByRole('radio', { name: 'Under 10 ms' }),
  ).toBeChecked();

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Service name')).toHaveValue('Payments “edge” <svc>');
  await expect(page.getByRole('radio', { name: 'Edge or embedded worker' })).toBeChecked();
});

test('a rewrite of a Go service adds the rewrite-bar step, and Back keeps answers', async ({
  page,
}) => {
  await startBlank(page);
  await page.getByLabel('Service name').fill('orders');
  await choose(page, 'service-origin', 'existing-go');
  await expectStep(page, 'service', { of: 7 });
  await next(page, 'rewrite', { of: 7 });
  await choose(page, 'rewrite-ceiling', 'no');
  await page.getByRole('button', { name: 'Back' }).click();
  await expectStep(page, 'service', { of: 7 });
  await next(page, 'rewrite', { of: 7 });
  await expect(page.getByRole('radio', { name: /bottleneck is elsewhere/ })).toBeChecked();
});

test('Next without a service name shows an error summary that takes focus', async ({ page }) => {
  await startBlank(page);
  await page.getByRole('button', { name: 'Next' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /Service name/ }).click();
  await expect(page.getByLabel('Service name')).toBeFocused();
  await checkA11y(page);
  await page.getByLabel('Service name').fill('search');
  await next(page, 'risk');
});

test('the review step changes an answer in place', async ({ page }) => {
  await openLanding(page);
  await page.getByRole('link', { name: 'Start from this: Billing CRUD API' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
  await page.getByLabel(promptOf('team-fluency')).selectOption({ label: 'Rust' });
  await page
    .getByLabel(promptOf('workload-kind'))
    .selectOption({ label: 'Auth, tokens or cryptography' });
  await page.getByLabel(/memory-safety bug/).selectOption('catastrophic');
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Billing CRUD API');
  // The billing answers still outweigh these three changes, but each now pulls towards Rust.
  for (const reason of ['Team fluency', 'Memory-safety criticality']) {
    await expect(
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: reason }) }),
    ).toContainText('Towards Rust');
  }
});
