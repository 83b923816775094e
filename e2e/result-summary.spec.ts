import { checkA11y, expect, test } from './fixtures';
import { REALISTIC_SERVICES, seedRealisticPlan } from './realistic-plan';

/**
 * The result's summary is what a lead reads in one screen: on arrival, the verdict, how sure,
 * the top reasons, the flip line and the actions are all within the first screen — measured for
 * each service of a realistic plan (every question answered, long names, long notes) on a
 * 390 × 844 phone, where the score bar moves below the actions, and on a 1280 × 800 desktop,
 * where the whole summary fits.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

for (const viewport of [PHONE, DESKTOP]) {
  for (const service of REALISTIC_SERVICES) {
    test(`the summary of “${service.name}” fits one screen at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await seedRealisticPlan(page);
      await page.goto(`./#/services/${service.id}/result`);
      const summary = page.locator('.result-summary');
      await expect(summary.getByRole('link', { name: 'Decision record' })).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      const bottom = async (selector: string) => {
        const box = await summary.locator(selector).first().boundingBox();
        return box!.y + box!.height;
      };
      for (const part of [
        '.verdict__headline',
        '.confidence',
        '.result-summary__reasons',
        '.result-summary__facts',
        '.result-summary__actions',
      ]) {
        expect(await bottom(part), `${part} within the first screen`).toBeLessThanOrEqual(
          viewport.height,
        );
      }
      if (viewport === DESKTOP) {
        const whole = await summary.boundingBox();
        expect(whole!.y + whole!.height).toBeLessThanOrEqual(viewport.height);
      }
      await checkA11y(page);
    });
  }
}
