// Issue 13's page budgets: an estate's key figures (/afdelinger/:id/noegletal), an organisation's
// (/boligorganisationer/:id/noegletal) and the supervisor's /tilsyn on one municipality's data and on
// the country's: p95 ≤ 50 ms at 16 connections, and the country at most 1.5× the one municipality.
// Fills a database with synthetic estates × 12 years (estate_figures inserted directly, then
// refreshRanks, which also refreshes the medians, and the statistics an import gathers), starts
// `styringsdialog serve` on it, logs in as the municipality's editor and drives each page with
// autocannon. The municipality's estates are the same in both data sets; the country adds the other
// 97 municipalities around them. On PGlite, then on PostgreSQL when its server answers.
// Informational: PASS/FAIL is printed.
//
// Usage: node bin/run-ts.js bench/key-figure-pages.ts
// Environment: BENCH_ESTATES (the country's, default 8500), BENCH_SECONDS per run (default 5),
// BENCH_WARMUP_SECONDS (default 1), BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/bench_kf_pages; dropped and created for each data set).
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/boot.ts';
import { openDatabase, queryRows, type Db } from '../src/db/client.ts';
import { estates, municipalities, organisations } from '../src/db/schema.ts';
import { makeUser } from '../src/demo/factories.ts';
import { refreshRanks } from '../src/features/key-figures/benchmark/ranks.ts';
import { estateFigures, organisationFigures } from '../src/features/key-figures/tables.ts';
import { startServerProcess } from '../test/server-process.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { freshPostgres, postgresAnswers } from './lib/postgres.ts';
import { login } from './lib/session.ts';

const COUNTRY_ESTATES = Number(process.env.BENCH_ESTATES ?? 8500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONNECTIONS = 16;
const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);
const HOME = '0219';
const HOME_ESTATES = 90;
const ESTATES_PER_ORGANISATION = 15;
const PASSWORD = 'bench-kodeord-1234';
const BUDGET = { p95Ms: 50, ratio: 1.5 };

/** A seeded generator (mulberry32): the same data on every run, and the municipality's the same in both sets. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One estate's twelve years: a level of its own per indicator, drifting a little each year. */
function figuresOf(estateId: number, rnd: () => number) {
  const level = {
    husleje: 800 + rnd() * 600,
    henlaeggelser: 60 + rnd() * 260,
    aarets_resultat: (rnd() - 0.3) * 400_000,
    opsamlet_resultat: (rnd() - 0.3) * 1_500_000,
    tomgang_dage: rnd() * 400,
    tomgangstab: rnd() * 150_000,
    lejetab: rnd() * 80_000,
    fraflytning: 5 + rnd() * 20,
    venteliste: rnd() * 2000,
    effektivitetstal: 65 + rnd() * 50,
  };
  return YEARS.map((year, i) => ({
    estateId,
    year,
    values: Object.fromEntries(
      Object.entries(level).map(([code, v]) => [code, Math.round(v * (1 + (rnd() - 0.5) * 0.2 + i * 0.01) * 10) / 10]),
    ),
  }));
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Organisations with their estates in a municipality, and each one's figures. */
async function addMunicipality(db: Db, code: string, estateCount: number, rnd: () => number, firstLbf: number) {
  const orgCount = Math.max(1, Math.round(estateCount / ESTATES_PER_ORGANISATION));
  const orgs = await db
    .insert(organisations)
    .values(
      Array.from({ length: orgCount }, (_, i) => ({
        lbfNumber: firstLbf + i,
        name: `Boligselskab ${code}-${i + 1}`,
        municipalityCode: code,
      })),
    )
    .returning({ id: organisations.id });
  const rows = Array.from({ length: estateCount }, (_, i) => {
    const homes = Math.round(20 + rnd() ** 2 * 600);
    const kind = rnd();
    return {
      organisationId: orgs[i % orgCount]!.id,
      number: Math.floor(i / orgCount) + 1,
      name: `Afdeling ${code}-${i + 1}`,
      municipalityCode: code,
      homesFamily: kind < 0.8 ? homes : 0,
      homesElderly: kind >= 0.8 && kind < 0.92 ? homes : 0,
      homesYouth: kind >= 0.92 ? homes : 0,
      areaM2: homes * 75,
      yearBuilt: 1930 + Math.floor(rnd() * 90),
    };
  });
  const ids: number[] = [];
  await insertChunked(rows, async (chunk) =>
    ids.push(...(await db.insert(estates).values(chunk).returning({ id: estates.id })).map((r) => r.id)),
  );
  await insertChunked(
    ids.flatMap((id) => figuresOf(id, rnd)),
    (chunk) => db.insert(estateFigures).values(chunk),
  );
  await db.insert(organisationFigures).values(
    orgs.flatMap((o) =>
      YEARS.map((year) => ({
        organisationId: o.id,
        year,
        values: { dispositionsfond_bolig: Math.round(5000 + rnd() * 20_000), arbejdskapital_bolig: Math.round(1000 + rnd() * 4000) },
      })),
    ),
  );
  return { organisationIds: orgs.map((o) => o.id), estateIds: ids };
}

/** A database with the municipality alone, or with the whole country around it; the pages to measure and a user who sees them. */
async function fill(where: { dataDir: string } | { url: string }, country: boolean) {
  const database = await openDatabase(where);
  try {
    await prepareDatabase(database);
    const db = database.db;
    const started = performance.now();
    const home = await addMunicipality(db, HOME, HOME_ESTATES, random(13), 1000);
    if (country) {
      const others = (await db.select({ code: municipalities.code }).from(municipalities)).map((m) => m.code).filter((c) => c !== HOME);
      const rnd = random(97);
      const left = COUNTRY_ESTATES - HOME_ESTATES;
      for (const [i, code] of others.entries()) {
        const n = Math.floor(left / others.length) + (i < left % others.length ? 1 : 0);
        await addMunicipality(db, code, n, rnd, 2000 + i * 100);
      }
    }
    const inserted = performance.now();
    await refreshRanks(db, YEARS);
    // The statistics an import gathers when it has written (src/db/statistics.ts); filled directly, the bench gathers them itself.
    await db.execute(sql`analyze`);
    const refreshed = performance.now();
    const user = await makeUser(db, { role: 'municipality_editor', municipalityCode: HOME, password: PASSWORD });
    const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from estate_figures`);
    console.log(
      `  ${country ? 'country' : 'municipality'}: ${n} estate-years inserted in ${((inserted - started) / 1000).toFixed(1)} s, ` +
        `percentiles and medians refreshed in ${((refreshed - inserted) / 1000).toFixed(1)} s`,
    );
    return {
      email: user.email,
      // The municipality's first organisation (six estates) and its first estate: the same rows in both data sets.
      paths: {
        estate: `/afdelinger/${home.estateIds[0]}/noegletal`,
        organisation: `/boligorganisationer/${home.organisationIds[0]}/noegletal`,
        tilsyn: '/tilsyn',
        // For comparison on a busy machine: the registry's organisation page, a hot page of 5 queries.
        reference: `/boligorganisationer/${home.organisationIds[0]}`,
      },
    };
  } finally {
    await database.close();
  }
}

const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const PAGES = ['estate', 'organisation', 'tilsyn', 'reference'] as const;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_kf_pages';
const kinds = (await postgresAnswers(DATABASE_URL)) ? (['PGlite', 'PostgreSQL'] as const) : (['PGlite'] as const);
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.log(`${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} s warm-up, ${kinds.join(' and ')}\n`);
const dirs: string[] = [];
const results = new Map<string, LoadResult>();
try {
  for (const kind of kinds) {
    for (const country of [false, true]) {
      const dir = await mkdtemp(join(tmpdir(), 'sd-bench-kf-'));
      dirs.push(dir);
      console.log(
        `${kind}: filling ${country ? `the country (${COUNTRY_ESTATES} estates)` : `one municipality (${HOME_ESTATES} estates)`} …`,
      );
      if (kind === 'PostgreSQL') await freshPostgres(DATABASE_URL);
      const { email, paths } = await fill(kind === 'PostgreSQL' ? { url: DATABASE_URL } : { dataDir: dir }, country);
      const server = await startServerProcess({
        dataDir: dir,
        env: { DEMO_DATA: 'false', ...(kind === 'PostgreSQL' ? { DATABASE_URL } : {}) },
      });
      try {
        const cookie = await login(server.url, email, PASSWORD);
        for (const page of PAGES) {
          const path = paths[page];
          const probe = await fetch(server.url + path, { headers: { cookie } });
          if (probe.status !== 200) throw new Error(`${path} gave HTTP ${probe.status}`);
          await probe.arrayBuffer();
          const r = await runLoad({
            baseUrl: server.url,
            path,
            requests: [{ path, headers: { cookie } }],
            connections: CONNECTIONS,
            seconds: SECONDS,
            warmupSeconds: WARMUP,
          });
          results.set(`${kind} ${page} ${country ? 'country' : 'municipality'}`, r);
          console.log(
            `  ${page.padEnd(12)} ${path}: ${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms (${r.non2xx} non-2xx)`,
          );
        }
      } finally {
        await server.stop();
      }
    }
  }
  console.log(
    `\ndatabase    page          municipality p95   country p95   ratio   budget (p95 ≤ ${BUDGET.p95Ms} ms, ratio ≤ ${BUDGET.ratio})`,
  );
  for (const kind of kinds) {
    for (const page of PAGES) {
      const [one, all] = [results.get(`${kind} ${page} municipality`)!, results.get(`${kind} ${page} country`)!];
      const ratio = all.p95 / one.p95;
      const verdict =
        page === 'reference'
          ? "(the registry's organisation page, for comparison)"
          : `p95 ${all.p95 <= BUDGET.p95Ms && one.p95 <= BUDGET.p95Ms ? 'PASS' : 'FAIL'}, ratio ${ratio <= BUDGET.ratio ? 'PASS' : 'FAIL'}`;
      console.log(
        `${kind.padEnd(11)} ${page.padEnd(13)} ${`${ms(one.p95)} ms`.padStart(16)} ${`${ms(all.p95)} ms`.padStart(13)} ${ratio.toFixed(2).padStart(7)}   ${verdict}`,
      );
    }
  }
} finally {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
