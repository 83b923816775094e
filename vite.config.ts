/// <reference types="vitest/config" />
import { relative } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  base,
  plugins: [react(), prerenderLandingPage(), bundleReport()],
  build: {
    target: 'es2022',
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
    benchmark: {
      include: ['tests/**/*.bench.ts'],
    },
  },
});
