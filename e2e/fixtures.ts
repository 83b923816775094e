import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

type GuardOptions = {
  /** Extra origins (e.g. 'https://example.org') a test may legitimately contact. Default: none. */
  allowedOrigins: string[];
};

type GuardFixtures = {
  /**
   * Auto fixture: watches every page (and service worker) of the test's browser context and
   * fails the test (after it ran) on requests to a foreign origin, uncaught page errors, CSP
   * violations, hydration errors or any dialog (alert, confirm, prompt) opening.
   */
  pageGuard: void;
};

const CSP_VIOLATION = /Content Security Policy|Refused to /i;
/**
 * React (production build) reports a hydration mismatch, or a pre-rendered boundary thrown
 * away, as a recoverable error with one of these codes (see react.dev/errors).
 */
const HYDRATION_ERROR = /Minified React error #(418|419|421|422|423|425)\b|hydrat/i;

export const test = base.extend<GuardOptions & GuardFixtures>({
  allowedOrigins: [[], { option: true }],

  pageGuard: [
    async ({ context, baseURL, allowedOrigins }, use) => {
      if (!baseURL) throw new Error('pageGuard needs `use.baseURL` in playwright.config.ts');
      const allowed = new Set([new URL(baseURL).origin, ...allowedOrigins]);
      const problems: string[] = [];

      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        let origin: string;
        try {
          origin = new URL(url).origin;
        } catch {
          origin = url;
        }
        if (!allowed.has(origin)) {
          problems.push(`request to foreign origin: ${request.method()} ${url}`);
        }
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        problems.push(`uncaught page error: ${error.stack ?? error.message}`);
      });
      context.on('console', (message) => {
        const text = message.text();
        const { url, lineNumber } = message.location();
        if (CSP_VIOLATION.test(text)) {
          problems.push(
            `CSP violation (console ${message.type()}): ${text} [${url}:${lineNumber}]`,
          );
        } else if (message.type() === 'error' && HYDRATION_ERROR.test(text)) {
          problems.push(`hydration error: ${text} [${url}:${lineNumber}]`);
        }
      });
      // The app never opens a dialog: one opening means injected script ran (alert(1)).
      context.on('dialog', (dialog) => {
        problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });

      await use();

      if (problems.length > 0) {
        throw new Error(
          `Page guard found ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        );
      }
    },
    { auto: true },
  ],
});

type A11yOptions = {
  /** CSS selector(s) to restrict the scan to (default: whole page). */
  include?: string | string[];
};

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 AA) on the current page and expects zero violations. */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const includes =
    options.include === undefined
      ? []
      : Array.isArray(options.include)
        ? options.include
        : [options.include];
  for (const selector of includes) builder = builder.include(selector);

  const { violations } = await builder.analyze();
  const summary = violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `      - ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
        )
        .join('\n');
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');

  // Compare a compact list (not the raw axe objects) so the diff stays readable.
  expect(
    violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.length} node(s)`),
    `Accessibility violations on ${page.url()}:\n${summary}`,
  ).toEqual([]);
}

/** The phone and desktop widths, light and dark, that a screen is checked in. */
export const VIEWS = [
  [390, 'light'],
  [390, 'dark'],
  [1280, 'dark'],
  [1280, 'light'],
] as const;

/**
 * In each view: axe finds nothing and the page itself does not scroll sideways (a wide table may
 * scroll inside its own region).
 */
export async function expectCleanInEveryView(
  page: Page,
  views: readonly (readonly [number, 'light' | 'dark'])[] = VIEWS,
): Promise<void> {
  for (const [width, scheme] of views) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await checkA11y(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      `sideways scroll at ${width} px, ${scheme}`,
    ).toBeLessThanOrEqual(0);
  }
}
