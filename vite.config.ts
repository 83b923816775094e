/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, minify, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { buildCliBundle } from './cli-bundle.ts';

// BASE_PATH lets the static build be served from a sub-path (e.g. GitHub Pages: "/rust-or-go/").
const base = process.env.BASE_PATH ?? '/';

/**
 * Renders the landing page into index.html at build time (src/prerender.tsx), so the first
 * screen paints from HTML before any JavaScript has run; src/main.tsx hydrates it. A throwaway
 * Vite server loads the app's modules for Node; nothing from it ends up in the bundle.
 */
function prerenderLandingPage(): Plugin {
  const placeholder = '<div id="root"></div>';
  return {
    name: 'rust-or-go:prerender-landing-page',
    apply: 'build',
    async transformIndexHtml(html) {
      if (!html.includes(placeholder)) throw new Error(`index.html must contain ${placeholder}`);
      const server = await createServer({
        configFile: false,
        root: import.meta.dirname,
        base,
        mode: 'production',
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderLandingPage } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          renderLandingPage: () => Promise<string>;
        };
        const markup = await renderLandingPage();
        return html.replace(placeholder, () => `<div id="root">${markup}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}

/** One rule of public/_headers (Netlify / Cloudflare Pages syntax): a path pattern and headers. */
interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

function readHeaderRules(): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * public/_headers is the one place the security headers are written. This plugin
 * - puts its Content-Security-Policy into the built index.html as a <meta>, for hosts that send
 *   no headers (GitHub Pages, a plain file server). Directives a <meta> cannot carry
 *   (frame-ancestors) are left out, as browsers would only warn about them. Not in development:
 *   Vite's dev server injects inline scripts and styles that the policy forbids.
 * - sends the same headers from `vite preview`, so the e2e tests run under them.
 */
function securityHeaders(): Plugin {
  const rules = readHeaderRules();
  const policy = rules
    .find((rule) => rule.pattern === '/*')
    ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  if (!policy) throw new Error('public/_headers must set a Content-Security-Policy for /*');
  const metaPolicy = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(
      (directive) =>
        directive && !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(directive),
    )
    .join('; ');
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'rust-or-go:security-headers',
    transformIndexHtml(html, context) {
      if (context.server) return html;
      if (!html.includes(charset)) throw new Error(`index.html must contain ${charset}`);
      return html.replace(
        charset,
        () =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
      );
    },
    configurePreviewServer(server) {
      const basePath = server.config.base;
      server.middlewares.use((request, response, next) => {
        const path = `/${(request.url ?? '/').split('?')[0]?.slice(basePath.length) ?? ''}`;
        for (const rule of rules) {
          const matches = rule.pattern.endsWith('*')
            ? path.startsWith(rule.pattern.slice(0, -1))
            : path === rule.pattern;
          if (matches) rule.headers.forEach(([name, value]) => response.setHeader(name, value));
        }
        next();
      });
    },
  };
}

/**
 * Paint first, then fetch and run the app. The built index.html names its entry in
 * <meta name="app-entry"> instead of loading it, and public/boot.js adds the module script once
 * the pre-rendered page has been painted: that paint never waits for the entry's download,
 * evaluation or hydration (on a slow link the entry would otherwise share the bandwidth with the
 * stylesheet; with the entry cached, its evaluation would hold the paint back). The cost: on a
 * first visit the entry starts downloading a round trip later. Repeat visits read it from the
 * service worker's cache.
 */
function startAppAfterFirstPaint(): Plugin {
  const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  return {
    name: 'rust-or-go:start-app-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!entryScript.test(html)) throw new Error('index.html: no entry module script found');
        return html.replace(
          entryScript,
          (_tag, src: string) => `<meta name="app-entry" content="${src}" />`,
        );
      },
    },
  };
}

/**
 * What each address needs before its first render, by source module: boot.js asks for all of it
 * at once (module preload), so that a shared link or a reload opens in one round of requests
 * instead of a wave per level of lazy imports. Every address but the landing needs content and
 * plan sync; the pages then need their own chunks, with everything those import. Keep the
 * addresses in step with src/app/routes.ts and the pages with src/app/app.tsx.
 */
const ROUTE_PRELOADS: { name: string; modules: string[] }[] = [
  {
    // Every address but the landing (and a start address, which shows the landing).
    name: 'deep',
    modules: [
      'content/index.ts',
      'src/state/plan-sync.ts',
      'src/features/share/share-notices.tsx',
      'src/app/known-service.tsx',
    ],
  },
  {
    name: 'link',
    modules: [
      'src/features/profile/profile-gate.tsx',
      'src/features/share/open-link-page.tsx',
      'src/features/profile/profile-link-notice.tsx',
      'src/features/results/result-page.tsx',
      'src/features/profile/profile-section.tsx',
      'src/features/share/share-section.tsx',
      'src/features/record/decision-record-section.tsx',
      'src/features/decision-file/decision-file-section.tsx',
    ],
  },
  {
    name: 'result',
    modules: [
      'src/features/profile/profile-gate.tsx',
      'src/features/results/result-page.tsx',
      'src/features/profile/profile-section.tsx',
      'src/features/share/share-section.tsx',
      'src/features/record/decision-record-section.tsx',
      'src/features/decision-file/decision-file-section.tsx',
    ],
  },
  {
    name: 'portfolio',
    modules: [
      'src/features/profile/profile-gate.tsx',
      'src/features/portfolio/portfolio-page.tsx',
      'src/features/report/plan-link-section.tsx',
      'src/features/record/decision-record-section.tsx',
      'src/features/decision-file/decision-file-section.tsx',
    ],
  },
];

/**
 * Writes, per address kind, the files its first render needs into the built index.html
 * (<meta name="app-preload" data-route="…" content="file file …">), which public/boot.js turns
 * into <link rel="modulepreload"> (scripts) and <link rel="preload" as="style"> (their CSS) as
 * soon as it runs: the entry, the content and the page's whole chunk graph requested together.
 * Also minifies boot.js in the build (public/ is copied as it is; its comments stay in the source).
 */
function routePreloads(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rust-or-go:route-preloads',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter(
          (output): output is Rollup.OutputChunk => output.type === 'chunk',
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const graph = (fileName: string, into: Set<string>): Set<string> => {
          if (into.has(fileName)) return into;
          into.add(fileName);
          byFile.get(fileName)?.imports.forEach((imported) => graph(imported, into));
          return into;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('route preloads: no entry chunk');
        const entryGraph = graph(entry.fileName, new Set());
        const chunkOf = (module: string): Rollup.OutputChunk => {
          const id = resolve(import.meta.dirname, module);
          const found =
            chunks.find((chunk) => chunk.facadeModuleId === id) ??
            chunks.find((chunk) => chunk.moduleIds.includes(id));
          if (!found) throw new Error(`route preloads: ${module} is in no chunk`);
          return found;
        };
        // Every deep address gets the entry's graph and the 'deep' list; a page's list is what
        // it adds to those.
        const shared = new Set(entryGraph);
        const tags = ROUTE_PRELOADS.map(({ name, modules }) => {
          const files = new Set<string>(name === 'deep' ? entryGraph : []);
          for (const module of modules) {
            for (const file of graph(chunkOf(module).fileName, new Set())) {
              if (name === 'deep' || !shared.has(file)) files.add(file);
            }
          }
          if (name === 'deep') files.forEach((file) => shared.add(file));
          const css = [...files].flatMap((file) => [
            ...(byFile.get(file)?.viteMetadata?.importedCss ?? []),
          ]);
          const content = [...files, ...css].map((file) => `${base}${file}`).join(' ');
          return `<meta name="app-preload" data-route="${name}" content="${content}" />`;
        });
        return html.replace('</head>', () => `  ${tags.join('\n    ')}\n  </head>`);
      },
    },
    async writeBundle() {
      const file = resolve(outDir, 'boot.js');
      const { code } = await minify('boot.js', readFileSync(file, 'utf8'), {
        compress: true,
        mangle: true,
      });
      writeFileSync(file, code);
    },
  };
}

/**
 * Writes dist/.vite/bundle-report.json: every chunk with its static and dynamic imports and the
 * modules inside it. tests/budgets/check-budgets.mjs reads it to tell what the first screen loads
 * (the entry and its static imports) and that no chart library or content is among it.
 */
function bundleReport(): Plugin {
  return {
    name: 'rust-or-go:bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk'
          ? [
              {
                file: output.fileName,
                isEntry: output.isEntry,
                isDynamicEntry: output.isDynamicEntry,
                imports: output.imports,
                dynamicImports: output.dynamicImports,
                modules: Object.keys(output.modules).map((id) =>
                  relative(import.meta.dirname, id.replace(/^\0/, '')),
                ),
              },
            ]
          : [],
      );
      this.emitFile({
        type: 'asset',
        fileName: '.vite/bundle-report.json',
        source: JSON.stringify({ chunks }, null, 2),
      });
    },
  };
}

/**
 * Every build of the site also writes the command line, dist/rust-or-go.mjs (cli-bundle.ts): the
 * site serves the matching command line, and so every `vite build` in the test chain has it. A
 * separate Node build, after the site's own; the service worker does not precache it (.mjs).
 */
function commandLineBundle(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rust-or-go:command-line-bundle',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await buildCliBundle(outDir);
    },
  };
}

/**
 * Offline use: a generated service worker precaches every file of the build (lazy chunks,
 * content, icons), so the app works without a network once it has loaded once. Routes live in
 * the URL fragment, so every navigation is index.html, which the worker serves from its cache.
 * A new build waits until the user accepts it (registerType 'prompt'; src/app/update-prompt.tsx).
 * Registration is done by the app (src/app/register-service-worker.ts), after the page has loaded.
 */
const serviceWorker = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Rust or Go?',
    short_name: 'Rust or Go',
    description:
      'Decide, service by service, whether to build a backend in Rust or in Go, with the reasons and the evidence.',
    lang: 'en',
    display: 'standalone',
    background_color: '#fbfaf8',
    theme_color: '#1d1b18',
    icons: [
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  // The glob below already has the icons; the plugin adds the manifest itself.
  includeManifestIcons: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png}'],
    // The first version takes over the open page at once, so it works offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  base,
  plugins: [
    react(),
    securityHeaders(),
    prerenderLandingPage(),
    startAppAfterFirstPaint(),
    routePreloads(),
    serviceWorker,
    bundleReport(),
    commandLineBundle(),
  ],
  resolve: {
    alias: {
      // The service worker's page-side helper, in its modern build: the package points bundlers at
      // an ES5 build (classes and async functions turned into helpers), about 1 KiB gzip larger,
      // for browsers the es2022 target below does not support anyway.
      'workbox-window': 'workbox-window/build/workbox-window.prod.mjs',
    },
  },
  build: {
    target: 'es2022',
    // No preload helper: its wrapper around every dynamic import (about 1 KiB gzip) sat on the
    // first screen, which is held to 90 KiB. The app starts only after the pre-rendered page has
    // painted (public/boot.js), and the service worker serves every chunk after the first visit,
    // so a lazy page's imports fetched after it, rather than beside it, cost little.
    modulePreload: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Bounds for a test that hangs, not waits: on a busy machine (CI's shared runners, or
    // e2e/tools/under-load.mjs) the first test of a file also transforms the lazy pages it opens,
    // which alone can take longer than vitest's default 5 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    benchmark: {
      include: ['tests/**/*.bench.ts'],
    },
  },
});
