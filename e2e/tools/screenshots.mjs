// Takes screenshots of the built app at phone and desktop widths, light and dark, for a person to
// look at. Usage: npm run build && npx vite preview & node e2e/tools/screenshots.mjs [route ...]
// Each route may carry a preset to start from: "preset:billing-crud-api#/result".
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const outDir = 'e2e/.output/screens';
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['#/'];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: systemChromium(),
  args: CHROMIUM_ARGS,
});
for (const [width, label] of [
  [390, 'phone'],
  [1280, 'desktop'],
]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    for (const route of routes) {
      const [setup, hash] =
        route.includes('#') && route.startsWith('preset:')
          ? route.split('#')
          : [null, route.replace(/^#/, '')];
      await page.goto(base);
      if (setup) {
        const preset = setup.slice('preset:'.length);
        await page.evaluate(() => localStorage.removeItem('rust-or-go'));
        await page.reload();
        // The worked example's own start address, as its "Start from this" link has it.
        await page.goto(`${base}#/start/${preset}`);
        await page.getByRole('heading', { name: /Review your answers/ }).waitFor();
      }
      await page.goto(`${base}#${hash.replace(/^#/, '')}`);
      await page.waitForTimeout(300);
      const name = `${(setup ?? '').replace(/[^a-z0-9]+/gi, '-')}${hash.replace(/[^a-z0-9]+/gi, '-') || 'home'}`;
      await page.screenshot({ path: `${outDir}/${name}-${label}-${scheme}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
