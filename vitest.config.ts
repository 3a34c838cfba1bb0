import { defineConfig } from 'vitest/config';

// Every test file runs on PGlite; with TEST_DATABASE_URL set, the same files run again on PostgreSQL.
const projects = [{ extends: true as const, test: { name: 'pglite', env: { TEST_DB: 'pglite' } } }];
if (process.env.TEST_DATABASE_URL) projects.push({ extends: true as const, test: { name: 'postgres', env: { TEST_DB: 'postgres' } } });

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // As bin/styringsdialog.js runs the app: PGlite's WebAssembly on V8's baseline compiler only.
    execArgv: ['--liftoff-only'],
    projects,
  },
});
