// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layering (an arrow means "may be imported by"):
 *
 *   content  ←  src/domain  ←  src/state  ←  src/features  ←  src/app
 *                               src/components (presentational, no domain knowledge) ← features/app
 *   content, src/domain, src/app/routes  ←  src/cli (Node; nothing imports it)
 *
 * One module of src/app is open to the layers above the domain: `src/app/routes`, where every
 * route pattern and the link that reaches it are declared together. Features link to each
 * other's pages through it without importing the shell, and the command line builds its
 * permalinks with the same functions.
 *
 * Enforced with `no-restricted-imports`. NOTE: in flat config a later block that sets the same
 * rule REPLACES the earlier options (they are not merged), so every folder block below lists its
 * complete set of restrictions and the folder globs are disjoint.
 */

/** @typedef {{ group?: string[]; regex?: string; message: string }} Pattern */

/**
 * Package-name restriction, matched exactly on the package name or any of its sub-paths
 * (`react`, `react/jsx-runtime`), never on a relative path that merely contains the word.
 * @param {string[]} packages
 * @param {string} message
 * @returns {Pattern}
 */
const forbidPackages = (packages, message) => ({
  regex: `^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$)`,
  message,
});

/**
 * Folder restriction on relative (or any) import paths: `../state`, `../../state/store`, ...
 * @param {string[]} folders
 * @param {string} message
 * @returns {Pattern}
 */
const forbidFolders = (folders, message) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
  message,
});

const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'recharts', 'wouter', 'react-hook-form'];

/** @param {Pattern[]} patterns */
const restrictImports = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const contentRestrictions = [
  forbidPackages(UI_PACKAGES, 'content/ is plain data: no UI/state libraries.'),
  forbidFolders(['src'], 'content/ may not import application code from src/.'),
];

const domainRestrictions = [
  forbidPackages(UI_PACKAGES, 'src/domain is pure TypeScript: no UI/state libraries.'),
  forbidFolders(
    ['state', 'features', 'components', 'app', 'cli'],
    'src/domain may only import content/ and other domain modules (layering: content ← domain ← state ← features ← app).',
  ),
];

const stateRestrictions = [
  forbidPackages(['react-dom', 'recharts'], 'src/state holds stores, not rendering code.'),
  forbidFolders(
    ['features', 'components', 'app', 'cli'],
    'src/state may only import domain/ and content/ (layering: content ← domain ← state ← features ← app).',
  ),
];

const componentRestrictions = [
  forbidFolders(
    ['domain', 'state', 'features', 'content', 'cli'],
    'src/components are presentational and domain-agnostic: pass data in via props.',
  ),
  {
    group: ['**/app/**', '!**/app/routes'],
    message: 'Of src/app, src/components may import routes (the app’s addresses) only.',
  },
];

const featureRestrictions = [
  {
    group: ['**/app/**', '!**/app/routes'],
    message:
      'Of src/app, src/features may import routes (the app’s addresses) only (layering: features ← app).',
  },
  forbidFolders(['cli'], 'The command line is a Node program: the app may not import src/cli.'),
];

/** The command line runs in Node, bundled on its own (cli-bundle.ts): no browser code in it. */
const cliRestrictions = [
  forbidPackages(UI_PACKAGES, 'src/cli runs in Node: no UI/state libraries.'),
  {
    group: [
      '**/state',
      '**/state/**',
      '**/features',
      '**/features/**',
      '**/components',
      '**/components/**',
    ],
    message:
      'src/cli may import content/, src/domain and src/app/routes only: the store, features and components are browser code.',
  },
  {
    group: ['**/app/**', '!**/app/routes'],
    message: 'Of src/app, src/cli may import routes (the app’s addresses) only.',
  },
];

/**
 * Sibling-feature isolation. A file at depth N inside `src/features/<x>/` (N = 1 for
 * `src/features/<x>/File.tsx`) leaves its own feature with exactly N `../` segments; if the next
 * segment is not `..` again, the import lands in another feature (`../other/...` or `../other`).
 * Going further up (`../../domain/...` at depth 1) is fine. One block per depth keeps this exact.
 */
const MAX_FEATURE_DEPTH = 8;
const featureDepthBlocks = Array.from({ length: MAX_FEATURE_DEPTH }, (_, i) => {
  const depth = i + 1;
  return {
    name: `boundaries/features-depth-${depth}`,
    files: [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: restrictImports([
      ...featureRestrictions,
      {
        regex: `^(\\.\\./){${depth}}(?!\\.\\.(/|$))[^/]+`,
        message:
          'A feature may not import a sibling feature. Move shared code down to src/domain, src/state or src/components.',
      },
    ]),
  };
});

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

  // Import boundaries (folder globs are disjoint; see note at the top).
  {
    name: 'boundaries/content',
    files: ['content/**'],
    rules: restrictImports(contentRestrictions),
  },
  {
    name: 'boundaries/domain',
    files: ['src/domain/**'],
    rules: restrictImports(domainRestrictions),
  },
  { name: 'boundaries/state', files: ['src/state/**'], rules: restrictImports(stateRestrictions) },
  {
    name: 'boundaries/components',
    files: ['src/components/**'],
    rules: restrictImports(componentRestrictions),
  },
  {
    // Files directly in src/features/ (e.g. an index) are not inside any one feature.
    name: 'boundaries/features-root',
    files: ['src/features/*.{ts,tsx}'],
    rules: restrictImports(featureRestrictions),
  },
  ...featureDepthBlocks,
  { name: 'boundaries/cli', files: ['src/cli/**'], rules: restrictImports(cliRestrictions) },

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
