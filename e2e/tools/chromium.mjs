// @ts-check
// How every browser this project drives is launched: the Playwright tests, the screenshot tool
// and the Lighthouse bench. A system Chromium when there is one (CHROMIUM_PATH, else Debian's
// /usr/bin/chromium), else nothing, so that Playwright falls back to its own browser (on a
// laptop, after `npx playwright install chromium`).
import { existsSync } from 'node:fs';

/** The system Chromium's path, or undefined when there is none. */
export function systemChromium(path = process.env.CHROMIUM_PATH || '/usr/bin/chromium') {
  return existsSync(path) ? path : undefined;
}

/** Flags for a headless run in a sandboxed container, without background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
