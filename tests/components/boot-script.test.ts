import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { showsPrerenderedPage } from '../../src/app/prerendered-route';
import { THEME_STORAGE_KEY } from '../../src/app/theme';

/** public/boot.js is a classic script served as it is; run it as the browser would. */
const bootSource = readFileSync('public/boot.js', 'utf8');
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs our own static file
const runBootScript = new Function(bootSource) as () => void;
const root = document.documentElement;

afterEach(() => {
  document.head.querySelectorAll('meta[name="app-entry"], script').forEach((e) => e.remove());
  root.removeAttribute('data-theme');
  root.removeAttribute('data-deep-link');
  window.location.hash = '';
});

describe('boot script', () => {
  it.each(['light', 'dark'])('applies a saved %s theme before the app runs', (theme) => {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
    runBootScript();
    expect(root).toHaveAttribute('data-theme', theme);
  });

  it('leaves the theme to the system without a valid choice', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'javascript:alert(1)');
    runBootScript();
    expect(root).not.toHaveAttribute('data-theme');
  });

  it.each([
    '',
    '#',
    '#/',
    '#/start',
    '#/start/edge-proxy',
    '#/start/edge-proxy/more',
    '#/starting',
    '#/services/s1/result',
    '#/services/s1/questions/3',
    '#/nowhere',
  ])('hides the pre-rendered landing exactly when the app will not hydrate it (%j)', (hash) => {
    window.location.hash = hash;
    runBootScript();
    expect(root.hasAttribute('data-deep-link')).toBe(!showsPrerenderedPage(window.location.hash));
  });

  it.each([
    ['#/', true],
    ['#/start', true],
    ['#/start/edge-proxy', true],
    ['#/start/edge-proxy/more', false],
    ['#/starting', false],
    ['#/services/s1/result', false],
  ])('shows the landing page, hydrated, at %j: %s', (hash, shown) => {
    expect(showsPrerenderedPage(hash)).toBe(shown);
  });

  it('makes the skip link move focus to the content before the app runs, not change the address', () => {
    window.location.hash = '#/';
    runBootScript();
    document.body.innerHTML =
      '<a class="skip-link" href="#main">Skip to content</a><main id="main" tabindex="-1"></main>';
    document.querySelector<HTMLAnchorElement>('.skip-link')!.click();
    expect(window.location.hash).toBe('#/');
    expect(document.activeElement).toBe(document.getElementById('main'));
    document.body.innerHTML = '';
  });

  it('starts the app named in <meta name="app-entry"> once the page has painted', async () => {
    // Let the earlier runs' start-up timers go by (they find no entry and do nothing).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const meta = document.createElement('meta');
    meta.name = 'app-entry';
    meta.content = '/assets/index-abc.js';
    document.head.append(meta);
    runBootScript();
    expect(document.head.querySelector('script[type="module"]')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const scripts = document.head.querySelectorAll('script[type="module"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute('src', '/assets/index-abc.js');
  });
});
