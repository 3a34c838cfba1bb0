// Lint: TypeScript's recommended rules, no import cycles, and the feature boundaries of
// docs/decisions/004-feature-boundaries.md. Formatting is prettier's, not the linter's.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * Which feature may use which: a one-way graph, so no two features depend on each other.
 * A feature reaches another only through its index.ts. Reactions that would run the other way
 * (documentation opening the package when the dialogue is convened) are wired in src/wiring.ts.
 */
const ALLOWED = {
  audit: [],
  outbox: [],
  'minutes-import': [],
  registry: ['audit'],
  dialogue: ['registry', 'audit', 'outbox'],
  documentation: ['dialogue', 'registry', 'audit'],
  meetings: ['registry', 'dialogue', 'documentation', 'audit', 'outbox', 'minutes-import'],
  'key-figures': ['registry', 'dialogue', 'audit', 'outbox'],
  overview: ['registry', 'dialogue', 'documentation', 'key-figures', 'agreements'],
  agreements: ['registry', 'dialogue', 'meetings', 'key-figures', 'audit', 'outbox'],
  'agreement-documents': ['registry', 'dialogue', 'meetings', 'key-figures', 'agreements', 'documentation', 'audit', 'outbox'],
  'council-reports': ['registry', 'dialogue', 'key-figures', 'agreements', 'agreement-documents', 'audit'],
  home: ['registry', 'dialogue', 'overview', 'publication'],
  admin: ['audit', 'outbox', 'registry'],
  publication: [
    'registry',
    'dialogue',
    'meetings',
    'key-figures',
    'agreements',
    'agreement-documents',
    'council-reports',
    'audit',
    'outbox',
  ],
  'open-data': ['publication'],
};
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
for (const f of FEATURES) if (!(f in ALLOWED)) throw new Error(`eslint.config.js: add feature "${f}" to ALLOWED`);

/** The tables.ts files of a feature, relative to its folder: a tables.ts may reference them for foreign keys. */
const tablesOf = (feature) =>
  readdirSync(`src/features/${feature}`, { recursive: true })
    .map(String)
    .filter((p) => p === 'tables.ts' || p.endsWith('/tables.ts'))
    .map((p) => `./${p}`);

function zones(forTables) {
  return FEATURES.flatMap((target) =>
    FEATURES.filter((from) => from !== target).map((from) =>
      ALLOWED[target].includes(from)
        ? {
            target: `./src/features/${target}`,
            from: `./src/features/${from}`,
            except: forTables ? ['./index.ts', ...tablesOf(from)] : ['./index.ts'],
            message: `Use ${from} only through src/features/${from}/index.ts (its public face); never its tables.`,
          }
        : {
            target: `./src/features/${target}`,
            from: `./src/features/${from}`,
            message: `${target} may not depend on ${from} (see ALLOWED in eslint.config.js and docs/decisions/004-feature-boundaries.md).`,
          },
    ),
  );
}

/** Shared layers never reach up into the features. */
const layerZones = [
  { target: './src/lib', from: './src/features', message: 'src/lib holds helpers used by features; it may not import a feature.' },
  { target: './src/ui', from: './src/features', message: 'src/ui is the shared page shell and components; it may not import a feature.' },
  {
    target: './src/auth',
    from: './src/features',
    except: ['./audit/index.ts', './outbox/index.ts', './registry/index.ts', './registry/tables.ts'],
    message: 'auth may use audit, outbox and the registry (whose organisations define a user’s scope) through their index.ts.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/', 'migrations/', 'public/', '.tmp/'] },
  js.configs.recommended,
  { files: ['**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    // Dependencies are not ours to check for cycles; parsing their bundles only prints noise.
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } }, 'import-x/ignore': ['node_modules'] },
    rules: {
      'import-x/no-cycle': 'error',
      // Input cleaning matches control characters on purpose (a NUL in a title, binary data as text).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/features/**/tables.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...zones(false), ...layerZones] }] },
  },
  {
    files: ['src/features/**/tables.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones(true) }] },
  },
);
