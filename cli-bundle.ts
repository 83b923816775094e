/**
 * The command line as one self-contained ES module, dist/rust-or-go.mjs: src/cli/main.ts with the
 * knowledge base, the domain and zod bundled in, so it runs with Node alone — no node_modules, no
 * tsx. The site's build writes it next to index.html (vite.config.ts), so a team that hosts the
 * app also hosts the matching command line; tests build it into a directory of their own.
 */
import { build, type InlineConfig } from 'vite';

export const CLI_BUNDLE_FILE = 'rust-or-go.mjs';

export function cliBundleConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'warn',
    publicDir: false,
    // A server-side (Node) build: Node's own modules stay imports; everything else is bundled in.
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: 'src/cli/main.ts',
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        output: {
          format: 'es',
          entryFileNames: CLI_BUNDLE_FILE,
          // So `./rust-or-go.mjs` runs as a program where it is executable (the `bin` entry).
          banner: '#!/usr/bin/env node',
        },
      },
    },
  };
}

/** Writes `outDir`/rust-or-go.mjs and returns its path. */
export async function buildCliBundle(outDir: string): Promise<string> {
  await build(cliBundleConfig(outDir));
  return `${outDir}/${CLI_BUNDLE_FILE}`;
}
