// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layers, as zones of `import-x/no-restricted-paths` (an arrow means "may be imported by"):
 *
 *   content  ←  src/domain  ←  src/state  ←  src/features  ←  src/app
 *   src/components (presentational, no domain knowledge)  ←  src/features, src/app
 *   content, src/domain  ←  src/cli (Node; nothing imports it)
 *   src/routes.ts (every page's pattern and link; imports nothing)  ←  every layer of src
 *
 * `LAYERS` names each layer's folders and `MAY_IMPORT` the layers it may import; every other
 * layer is a zone it may not import from. A feature may not import a sibling feature (one zone per
 * folder of src/features). Packages a layer must not use are listed with `no-restricted-imports`.
 * `import-x/no-cycle` forbids import cycles in src and content.
 */

/** Each layer's files, relative to the project root. */
const LAYERS = {
  content: ['./content'],
  routes: ['./src/routes.ts'],
  domain: ['./src/domain'],
  state: ['./src/state'],
  components: ['./src/components'],
  features: ['./src/features'],
  app: ['./src/app', './src/main.tsx', './src/prerender.tsx'],
  cli: ['./src/cli'],
};

/** @typedef {keyof typeof LAYERS} Layer */

/** @type {Record<Layer, { mayImport: Layer[]; why: string }>} */
const MAY_IMPORT = {
  content: {
    mayImport: [],
    why: 'content/ is the knowledge base: it imports no application code.',
  },
  routes: { mayImport: [], why: 'src/routes.ts declares addresses only: it imports nothing.' },
  domain: {
    mayImport: ['content', 'routes'],
    why: 'src/domain may only import content/ (layering: content ← domain ← state ← features ← app).',
  },
  state: {
    mayImport: ['content', 'routes', 'domain'],
    why: 'src/state may only import src/domain and content/ (layering: content ← domain ← state ← features ← app).',
  },
  components: {
    mayImport: ['routes'],
    why: 'src/components are presentational and domain-agnostic: pass data in via props.',
  },
  features: {
    mayImport: ['content', 'routes', 'domain', 'state', 'components'],
    why: 'A feature may not import the shell (src/app) or the command line (layering: features ← app).',
  },
  app: {
    mayImport: ['content', 'routes', 'domain', 'state', 'components', 'features'],
    why: 'The command line is a Node program: the app may not import src/cli.',
  },
  cli: {
    mayImport: ['content', 'routes', 'domain'],
    why: 'src/cli runs in Node: the store, features, components and shell are browser code.',
  },
};

/** One zone per layer: its files may not import the layers it is not allowed. */
const layerZones = /** @type {Layer[]} */ (Object.keys(LAYERS)).map((layer) => ({
  target: LAYERS[layer],
  from: /** @type {Layer[]} */ (Object.keys(LAYERS))
    .filter((other) => other !== layer && !MAY_IMPORT[layer].mayImport.includes(other))
    .flatMap((other) => LAYERS[other]),
  message: MAY_IMPORT[layer].why,
}));

/** One zone per feature folder: it may not import a sibling feature. */
const featureZones = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'A feature may not import a sibling feature. Move shared code down to src/domain, src/state or src/components.',
  }));

/**
 * The domain is imported file by file: there is no barrel, so an import says where a name
 * lives and no import cycle can run through an index. Every block that sets
 * `no-restricted-imports` lists this pattern, since a later block replaces an earlier one's.
 */
const DOMAIN_FILE_BY_FILE = {
  regex: '(^|/)domain(/index)?$',
  message: 'Import the domain module you mean (src/domain/<file>): the domain has no barrel.',
};

/**
 * Package-name restriction, matched exactly on the package name or any of its sub-paths
 * (`react`, `react/jsx-runtime`), never on a relative path that merely contains the word.
 * @param {string[]} packages
 * @param {string} message
 */
const forbidPackages = (packages, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        DOMAIN_FILE_BY_FILE,
        {
          regex: `^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$)`,
          message,
        },
      ],
    },
  ],
});

const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'recharts', 'wouter', 'react-hook-form'];

export default defineConfig(
  {
    name: 'ignores',
    ignores: [
      'dist/**',
      'coverage/**',
      'playwright-report/**',
      'test-results/**',
      'node_modules/**',
      'e2e/.output/**',
    ],
  },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'typescript/parser',
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
  },
  {
    name: 'typescript/project-rules',
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Allow `onSubmit={handleSubmit(...)}` (react-hook-form) and async handlers in JSX props.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    name: 'javascript/no-type-check',
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },

  // React: hooks + accessibility for app code and component tests.
  {
    name: 'react',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {
      globals: { ...globals.browser },
    },
  },
  {
    name: 'jsx-a11y',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },

  // Security: no HTML injection sinks, no eval, in app code and content.
  {
    name: 'security/no-html-injection',
    files: ['src/**/*.{ts,tsx}', 'content/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off', // superseded by the type-aware version below
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render text/elements instead.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Assigning innerHTML/outerHTML is forbidden: use textContent or React.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]',
          message: 'Assigning innerHTML/outerHTML is forbidden: use textContent or React.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'insertAdjacentHTML is forbidden: use DOM APIs or React.',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'document.write is forbidden.',
        },
      ],
    },
  },

  // Layers and import cycles (see the note at the top).
  {
    name: 'layers/zones',
    files: ['src/**/*.{ts,tsx}', 'content/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // The plugin's TypeScript settings (which files it parses to follow imports), with the
      // TypeScript resolver in its flat-config form.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    name: 'imports/domain-file-by-file',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DOMAIN_FILE_BY_FILE] }] },
  },
  {
    name: 'layers/content-packages',
    files: ['content/**'],
    rules: forbidPackages(UI_PACKAGES, 'content/ is plain data: no UI/state libraries.'),
  },
  {
    name: 'layers/domain-packages',
    files: ['src/domain/**'],
    rules: forbidPackages(UI_PACKAGES, 'src/domain is pure TypeScript: no UI/state libraries.'),
  },
  {
    name: 'layers/state-packages',
    files: ['src/state/**'],
    rules: forbidPackages(['react-dom', 'recharts'], 'src/state holds stores, not rendering code.'),
  },
  {
    name: 'layers/cli-packages',
    files: ['src/cli/**'],
    rules: forbidPackages(UI_PACKAGES, 'src/cli runs in Node: no UI/state libraries.'),
  },

  // Tests: relax rules that fight with test ergonomics.
  {
    name: 'tests',
    files: ['tests/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-empty-function': 'off',
    },
  },

  // Classic scripts served as they are from public/ (no bundler, no modules): browser globals.
  {
    name: 'public-scripts',
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser },
    },
  },

  // Every browser test runs under the page guard (foreign requests, CSP violations, page
  // errors, dialogs), which comes with the `test` exported by e2e/fixtures.ts.
  {
    name: 'e2e/use-the-guarded-test',
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/fixtures.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [DOMAIN_FILE_BY_FILE],
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message:
                "Import `test` from './fixtures', which fails a test on foreign requests, CSP violations, page errors and dialogs.",
            },
          ],
        },
      ],
    },
  },

  // Node: config files and build/maintenance scripts.
  {
    name: 'node',
    files: ['*.{js,mjs,cjs,ts}', 'src/cli/**/*.ts', 'e2e/**/*.{ts,mjs}', 'tests/**/*.mjs'],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
);
