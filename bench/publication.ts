// Issue 16's budgets: the public search p95 ≤ 100 ms; the OParl API's list endpoints and an
// estate's public page p95 ≤ 50 ms at 16 connections; the country at most 1.5× one municipality.
// Fills a database with the national data set (bench/national: registry, twelve years of key
// figures, and the published side: 6,000 held dialogue meetings with approved minutes, ~60,000
// agenda items, ~25,000 agreements, 6,000 published aftaledokumenter, letting agreements), or with
// one municipality's share of it alone, starts `styringsdialog serve` on it and drives each page
// anonymously with autocannon. On PGlite, then on PostgreSQL when its server answers.
// Informational: PASS/FAIL is printed.
//
// Usage: node bin/run-ts.js bench/publication.ts
// Environment: BENCH_SECONDS per run (default 5), BENCH_WARMUP_SECONDS (default 1),
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bench_publication; dropped and
// created for each data set), BENCH_KIND (PGlite or PostgreSQL: only that one), BENCH_ONLY (a
// comma list of pages, e.g. "search,estate"), BENCH_MUNICIPALITY (default 0219), BENCH_KEEP_DIR
// (PGlite: fill the data folders there once and reuse them on later runs), BENCH_PUBLIC_CACHE_MB
// (the server's PUBLIC_CACHE_MB, default 16; 0 renders every request anew).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../test/server-process.ts';
import { median, runLoad, type LoadRequest, type LoadResult } from './lib/load.ts';
import { freshPostgres, postgresAnswers } from './lib/postgres.ts';
import { fillPublication, publicationPages, untilIdle, type PageName } from './national/publication-set.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONNECTIONS = 16;
const HOME = process.env.BENCH_MUNICIPALITY ?? '0219';
const KEEP = process.env.BENCH_KEEP_DIR;
// The public response cache (decision 019): 0 measures every request rendered anew ("cold").
const CACHE_MB = process.env.BENCH_PUBLIC_CACHE_MB ?? '16';
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_publication';
const BUDGET = { searchMs: 100, listMs: 50, ratio: 1.5 };

// No answer within the run: slower than the run is long.
const ms = (n: number) => (Number.isNaN(n) ? `>${SECONDS * 1000}` : n.toFixed(n < 10 ? 1 : 0));
const wanted = (kind: string) => !process.env.BENCH_KIND || process.env.BENCH_KIND.toLowerCase() === kind.toLowerCase();
const kinds = [
  ...(wanted('PGlite') ? ['PGlite' as const] : []),
  ...(wanted('PostgreSQL') && (await postgresAnswers(DATABASE_URL)) ? ['PostgreSQL' as const] : []),
];
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} s warm-up, ${kinds.join(' and ') || 'no database'}, ` +
    `public response cache ${CACHE_MB === '0' ? 'off' : `${CACHE_MB} MB`}\n`,
);

const dirs: string[] = [];
const results = new Map<string, LoadResult>();
const measured: PageName[] = [];
try {
  for (const kind of kinds) {
    for (const country of [false, true]) {
      const set = country ? 'country' : 'municipality';
      let dir: string;
      let fill = true;
      if (kind === 'PGlite' && KEEP) {
        dir = join(KEEP, `${HOME}-${set}`);
        fill = !existsSync(join(dir, 'PG_VERSION'));
        await mkdir(dir, { recursive: true });
      } else {
        dir = await mkdtemp(join(tmpdir(), 'sd-bench-pub-'));
        dirs.push(dir);
      }
      const where = kind === 'PostgreSQL' ? { url: DATABASE_URL } : { dataDir: dir };
      if (fill) {
        console.log(`${kind}: filling ${country ? 'the country' : `municipality ${HOME} alone`} …`);
        if (kind === 'PostgreSQL') await freshPostgres(DATABASE_URL);
        await fillPublication(where, { home: HOME, country });
      } else console.log(`${kind}: reusing ${dir}`);
      const server = await startServerProcess({
        dataDir: dir,
        env: { DEMO_DATA: 'false', PUBLIC_CACHE_MB: CACHE_MB, ...(kind === 'PostgreSQL' ? { DATABASE_URL } : {}) },
      });
      try {
        const pages = await publicationPages(server.url, HOME);
        console.log(`  ${pages.facts}`);
        for (const page of pages.list) {
          if (ONLY && !ONLY.includes(page.name)) continue;
          if (!measured.includes(page.name)) measured.push(page.name);
          // Each address once, one at a time, first: with the cache on, what a visitor waits for the
          // first time (rendered anew); the load run after it measures what the others wait for.
          const first: number[] = [];
          for (const req of page.requests) {
            const started = performance.now();
            await (await fetch(server.url + req.path)).arrayBuffer();
            first.push(performance.now() - started);
          }
          first.sort((a, b) => a - b);
          const r = await runLoad({
            baseUrl: server.url,
            path: page.requests[0].path,
            requests: page.requests satisfies LoadRequest[],
            connections: CONNECTIONS,
            seconds: SECONDS,
            warmupSeconds: WARMUP,
          });
          results.set(`${kind} ${page.name} ${set}`, r);
          console.log(
            `  ${page.name.padEnd(18)} ${r.rps.toFixed(0).padStart(5)} req/s, p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms ` +
              `(${r.requests} answers, ${r.non2xx} non-2xx, ${r.errors} errors or timeouts; ${page.requests.length} addresses, e.g. ${page.requests[0].path}); ` +
              `first request of each address alone: median ${ms(median(first))} ms, max ${ms(first.at(-1)!)} ms`,
          );
          await untilIdle(server.url);
        }
      } finally {
        await server.stop();
      }
    }
  }
  console.log(
    `\ndatabase    page               municipality p95   country p95   ratio   budget (search p95 ≤ ${BUDGET.searchMs} ms, others ≤ ${BUDGET.listMs} ms, ratio ≤ ${BUDGET.ratio})`,
  );
  for (const kind of kinds) {
    for (const page of measured) {
      const [one, all] = [results.get(`${kind} ${page} municipality`), results.get(`${kind} ${page} country`)];
      if (!one || !all) continue;
      const budget = page.startsWith('search') ? BUDGET.searchMs : BUDGET.listMs;
      const ratio = all.p95 / one.p95;
      const verdict = `p95 ${all.p95 <= budget && one.p95 <= budget ? 'PASS' : 'FAIL'}, ratio ${ratio <= BUDGET.ratio ? 'PASS' : 'FAIL'}`;
      console.log(
        `${kind.padEnd(11)} ${page.padEnd(18)} ${`${ms(one.p95)} ms`.padStart(16)} ${`${ms(all.p95)} ms`.padStart(13)} ${ratio.toFixed(2).padStart(7)}   ${verdict}`,
      );
    }
  }
} finally {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
