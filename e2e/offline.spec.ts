import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose, next, openLanding, promptOf } from './helpers';

/** Waits until the service worker has precached the build and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

test(
  'after the first visit, the wizard works offline and a reload loses nothing',
  {
    tag: '@base-path',
  },
  async ({ page, context }) => {
    await openLanding(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // Every page chunk comes from the service worker's cache.
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    await page.getByLabel('Service name').fill('offline-svc');
    await choose(page, 'workload-kind', 'edge-worker');
    await next(page, 'risk');
    await choose(page, 'latency-budget', 'under-10ms');
    for (const step of ['resources', 'delivery', 'team'] as const) await next(page, step);
    await next(page, 'review');
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('offline-svc');
    const verdict = await page.locator('.verdict__headline').textContent();

    // Still offline: a reload serves index.html from the cache and restores everything.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('offline-svc');
    await expect(page.locator('.verdict__headline')).toHaveText(verdict ?? '');
    await page.getByRole('link', { name: 'Change answers' }).click();
    await expect(page.getByLabel(promptOf('latency-budget'))).toHaveValue('under-10ms');
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Continue “offline-svc”' })).toBeVisible();
  },
);
