#!/usr/bin/env node
// Entry point of the `styringsdialog` command: runs the sources as one bundle that bin/bundle.js
// builds with esbuild when they changed, so there is still no build step to remember.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundledEntry } from './bundle.js';

// PGlite is PostgreSQL compiled to WebAssembly. By default V8 compiles its hot functions a second
// time with its optimising compiler; for PostgreSQL's large functions that took hundreds of MB while
// it ran and competed with the requests for the CPU for minutes (server RSS ~290 MB → ~760 MB under
// load). The baseline compiler alone stays at ~230 MB, for ~20 % more time per request once the
// optimiser would have finished (BENCHMARKS.md). V8 takes the flag only on the command line
// (NODE_OPTIONS refuses it, v8.setFlagsFromString is too late), so the command replaces itself
// once with a copy that has it: the same process, no second one.
//
// The young generation is capped at 8 MB a half, and after each full collection the heap may grow
// to 1.5 × what is alive (V8 otherwise allows up to 4 ×): under 16 concurrent requests V8 grew the
// heap far past what was alive (65 MB live of 316 MB). Neither is a limit: a large import still
// gets the heap it needs. Measured on the front page at 16 connections: peak RSS ~430 → ~310 MB,
// requests per second and p95 unchanged (BENCHMARKS.md). Flags given to node itself come later and win.
if (!process.execArgv.includes('--liftoff-only') && typeof process.execve === 'function') {
  const argv = [
    process.execPath,
    '--liftoff-only',
    '--max-semi-space-size=8',
    '--heap-growing-percent=50',
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    ...process.argv.slice(2),
  ];
  process.execve(process.execPath, argv, process.env);
}

// V8 keeps the compiled bundle between starts (in the system's temporary folder): ~0.3 s less.
enableCompileCache();
// Stack traces in logs then point into src/, not into the bundle.
process.setSourceMapsEnabled(true);
await import(await bundledEntry());
