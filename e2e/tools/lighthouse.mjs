// Lighthouse, mobile profile, on the built landing page: three runs (LIGHTHOUSE_RUNS to change),
// median of each figure.
// Usage: npm run bench:lighthouse   (builds first; not part of npm test: timings are noisy)
//
// The build is served the way a static host serves it: gzip, and the headers in
// public/_headers (CSP included). Lighthouse's default mobile run simulates a mid-range phone
// (4x CPU slowdown, slow 4G). Chromium: CHROME_PATH, else as tools/chromium.mjs finds it.
// Reports: e2e/.output/lighthouse/run-N.json. Port: BENCH_PORT (default 4180).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const DIST = new URL('../../dist/', import.meta.url).pathname;
const OUT = 'e2e/.output/lighthouse';

/** What the median run must reach. Scores are 0–100; times in ms. */
const TARGETS = [
  { id: 'performance', label: 'Performance', unit: '', target: 100, better: 'higher' },
  { id: 'accessibility', label: 'Accessibility', unit: '', target: 100, better: 'higher' },
  { id: 'best-practices', label: 'Best practices', unit: '', target: 100, better: 'higher' },
  { id: 'lcp', label: 'Largest Contentful Paint', unit: 'ms', target: 1000, better: 'lower' },
  { id: 'tbt', label: 'Total Blocking Time', unit: 'ms', target: 50, better: 'lower' },
  { id: 'cls', label: 'Cumulative Layout Shift', unit: '', target: 0.01, better: 'lower' },
  { id: 'fcp', label: 'First Contentful Paint', unit: 'ms', target: null, better: 'lower' },
];

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

const runs = [];
try {
  // A run Lighthouse could not measure (its trace lost the navigation, say) is reported and
  // replaced, never counted: a median over failed runs would mean nothing.
  for (let attempt = 1; runs.length < RUNS; attempt++) {
    if (attempt > RUNS * 2)
      throw new Error(`Lighthouse failed too often (${attempt - 1} attempts)`);
    const run = runs.length + 1;
    const result = await lighthouse(`http://127.0.0.1:${PORT}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) {
      console.log(`run ${run}: not measured (${result.lhr.runtimeError.code}); running it again`);
      continue;
    }
    writeFileSync(`${OUT}/run-${run}.json`, result.report);
    const measured = figures(result.lhr);
    runs.push(measured);
    console.log(
      `run ${run}: performance ${measured.performance}, LCP ${Math.round(measured.lcp)} ms, TBT ${Math.round(measured.tbt)} ms, CLS ${measured.cls.toFixed(3)}`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log(`\nLighthouse ${RUNS} runs, mobile, median:`);
let missed = 0;
for (const { id, label, unit, target, better } of TARGETS) {
  const value = median(runs.map((r) => r[id]));
  const shown = id === 'cls' ? value.toFixed(3) : `${Math.round(value)}${unit ? ` ${unit}` : ''}`;
  const ok = target === null || (better === 'higher' ? value >= target : value <= target);
  if (!ok) missed++;
  const goal =
    target === null
      ? ''
      : ` (target ${better === 'higher' ? '≥' : '≤'} ${target}${unit ? ` ${unit}` : ''})`;
  console.log(`  ${ok ? 'ok  ' : 'MISS'} ${label.padEnd(26)} ${shown.padStart(8)}${goal}`);
}
process.exitCode = missed > 0 ? 1 : 0;
