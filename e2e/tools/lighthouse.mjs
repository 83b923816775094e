// Lighthouse, mobile profile, on the journeys that matter, each interleaved in the same run with a
// static baseline: the landing, a shared three-service link with notes, and a reload on the
// portfolio (that plan saved), each followed by the same pre-rendered HTML without any script.
// Three rounds (LIGHTHOUSE_RUNS to change); the median of each figure, and the journey's LCP as a
// ratio of the baseline's measured beside it, which a busy machine changes much less than the
// absolute times.
// Usage: npm run bench:lighthouse   (builds first; not part of npm test: timings are noisy)
//
// The build is served the way a static host serves it: gzip, and the headers in
// public/_headers (CSP included). Lighthouse's default mobile run simulates a mid-range phone
// (4x CPU slowdown, slow 4G). Chromium: CHROME_PATH, else as tools/chromium.mjs finds it.
// Reports: e2e/.output/lighthouse/<journey>-N.json. Port: BENCH_PORT (default 4180).
// Runs under tsx (the link is built from the knowledge base's TypeScript).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { realisticLink, savedPlanOf } from '../loading-plans.ts';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const DIST = new URL('../../dist/', import.meta.url).pathname;
const OUT = 'e2e/.output/lighthouse';

/**
 * What each journey's median must reach: performance score (0–100), LCP as a ratio of the static
 * baseline's, total blocking time (ms). Accessibility and best practices: 100 everywhere.
 */
const JOURNEYS = [
  {
    id: 'landing',
    label: 'Landing',
    path: '/',
    seed: null,
    performance: 99,
    lcpRatio: 1.3,
    tbt: 50,
  },
  {
    id: 'link',
    label: 'Three-service link with notes',
    path: realisticLink().replace(/^\.\//, '/'),
    seed: null,
    performance: 95,
    lcpRatio: 1.3,
    tbt: 100,
  },
  {
    id: 'portfolio',
    label: 'Portfolio reload (three services)',
    path: '/#/portfolio',
    seed: savedPlanOf(3),
    performance: 99,
    lcpRatio: 1.3,
    tbt: 100,
  },
];
/** The landing's pre-rendered HTML with every script and preload taken out (see serveDist). */
const STATIC_PATH = '/__static/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** public/_headers rules: [pattern, [name, value][]][] */
function headerRules() {
  const rules = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.[1].push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function serveDist() {
  const rules = headerRules();
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    if (path === STATIC_PATH) {
      const html = readFileSync(join(DIST, 'index.html'), 'utf8')
        .replace(/<script\b[^>]*><\/script>/g, '')
        .replace(/<meta name="app-(entry|preload)"[^>]*>/g, '')
        .replace(/<link rel="modulepreload"[^>]*>/g, '');
      const body = gzipSync(html, { level: 9 });
      for (const [, headers] of rules.filter(([pattern]) => pattern === '/*'))
        for (const [name, value] of headers) response.setHeader(name, value);
      response.setHeader('Content-Type', TYPES['.html']);
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Content-Length', body.length);
      response.end(body);
      return;
    }
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    for (const [pattern, headers] of rules) {
      const matches = pattern.endsWith('*')
        ? path.startsWith(pattern.slice(0, -1))
        : path === pattern;
      if (matches) for (const [name, value] of headers) response.setHeader(name, value);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    response.setHeader('Content-Type', type);
    if (
      /text|javascript|json|svg/.test(type) &&
      /gzip/.test(request.headers['accept-encoding'] ?? '')
    ) {
      body = gzipSync(body, { level: 9 });
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
    }
    response.setHeader('Content-Length', body.length);
    response.end(body);
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    'best-practices': Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcp: audit('first-contentful-paint'),
  };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first (npm run bench:lighthouse does).');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  // Lighthouse's own variable first, then the project's (tools/chromium.mjs).
  chromePath: process.env.CHROME_PATH ?? systemChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const origin = `http://127.0.0.1:${PORT}`;
// A second client of the same browser, to clear the origin and put saved work in place for a
// journey that reloads a page of the person's own plan (Lighthouse leaves storage as it is then).
const driver = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const driverPage = await driver.contexts()[0].newPage();
const cdp = await driverPage.context().newCDPSession(driverPage);
async function prepare(seed) {
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  if (!seed) return;
  await driverPage.goto(`${origin}${STATIC_PATH}`);
  await driverPage.evaluate((saved) => {
    localStorage.setItem('rust-or-go', JSON.stringify(saved));
  }, seed);
  await driverPage.goto('about:blank');
}

/** One Lighthouse run of `path`; a run it could not measure is run again (at most twice). */
async function measure(name, path, seed) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await prepare(seed);
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      disableStorageReset: seed !== null,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) {
      console.log(`${name}: not measured (${result.lhr.runtimeError.code}); running it again`);
      continue;
    }
    writeFileSync(`${OUT}/${name}.json`, result.report);
    return figures(result.lhr);
  }
  throw new Error(`Lighthouse could not measure ${name}`);
}

/** journey id → { runs, baselines } */
const measured = Object.fromEntries(JOURNEYS.map((j) => [j.id, { runs: [], baselines: [] }]));
try {
  for (let round = 1; round <= RUNS; round++) {
    for (const journey of JOURNEYS) {
      const run = await measure(`${journey.id}-${round}`, journey.path, journey.seed);
      const baseline = await measure(`${journey.id}-static-${round}`, STATIC_PATH, null);
      measured[journey.id].runs.push(run);
      measured[journey.id].baselines.push(baseline);
      console.log(
        `round ${round} ${journey.id}: performance ${run.performance}, LCP ${Math.round(run.lcp)} ms (static ${Math.round(baseline.lcp)} ms), TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  await driver.close().catch(() => {});
  await chrome.kill();
  server.close();
}

console.log(
  `\nLighthouse, mobile, median of ${RUNS}, each beside the static page in the same run:`,
);
let missed = 0;
const check = (label, value, shown, target, better) => {
  const ok = better === 'higher' ? value >= target : value <= target;
  if (!ok) missed++;
  console.log(
    `  ${ok ? 'ok  ' : 'MISS'} ${label.padEnd(30)} ${shown.padStart(9)} (target ${better === 'higher' ? '≥' : '≤'} ${target})`,
  );
};
for (const journey of JOURNEYS) {
  const { runs, baselines } = measured[journey.id];
  const m = (list, id) => median(list.map((r) => r[id]));
  const ratios = runs.map((r, i) => r.lcp / (baselines[i]?.lcp ?? NaN));
  const ratio = median(ratios);
  console.log(
    `${journey.label}: LCP ${Math.round(m(runs, 'lcp'))} ms, static ${Math.round(m(baselines, 'lcp'))} ms, FCP ${Math.round(m(runs, 'fcp'))} ms, CLS ${m(runs, 'cls').toFixed(3)}`,
  );
  check(
    'performance',
    m(runs, 'performance'),
    String(m(runs, 'performance')),
    journey.performance,
    'higher',
  );
  check('LCP ÷ static LCP', ratio, ratio.toFixed(2), journey.lcpRatio, 'lower');
  check(
    'total blocking time (ms)',
    m(runs, 'tbt'),
    String(Math.round(m(runs, 'tbt'))),
    journey.tbt,
    'lower',
  );
  check('accessibility', m(runs, 'accessibility'), String(m(runs, 'accessibility')), 100, 'higher');
  check(
    'best practices',
    m(runs, 'best-practices'),
    String(m(runs, 'best-practices')),
    100,
    'higher',
  );
}
process.exitCode = missed > 0 ? 1 : 0;
