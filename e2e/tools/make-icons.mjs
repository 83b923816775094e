// Renders the app icons as PNG from public/icon.svg with the system Chromium, so no image tool
// or download is needed. Run after changing the icon: node e2e/tools/make-icons.mjs
// Writes public/icon-192.png, icon-512.png, icon-maskable-512.png (full-bleed background, the
// mark inside the central 80% safe zone) and apple-touch-icon.png (180 px, opaque).
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/icon.svg', 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#000';
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();

/** @param {string} file @param {number} size @param {{ maskable?: boolean; opaque?: boolean }} options */
async function render(file, size, { maskable = false, opaque = false } = {}) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable: the platform crops to its own shape, so fill the square and shrink the mark.
  const mark = maskable ? svg.replace(/<rect[^>]*\/>/, '') : svg;
  const inset = maskable ? size * 0.1 : 0;
  await page.setContent(
    `<body style="margin:0;background:${maskable || opaque ? background : 'transparent'}">` +
      `<div style="position:absolute;inset:${inset}px">${mark.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: `public/${file}`, omitBackground: !(maskable || opaque) });
  console.log(`public/${file}`);
}

await render('icon-192.png', 192);
await render('icon-512.png', 512);
await render('icon-maskable-512.png', 512, { maskable: true });
await render('apple-touch-icon.png', 180, { opaque: true });
await browser.close();
