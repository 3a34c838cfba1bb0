// Issue 14's figures: the aftaledokument of an organisation with 60 estates and 40 agreements, and
// the council report of a municipality with 60 organisations — each generated from the data, shown
// as HTML, and rendered as PDF (and DOCX); and a hot page's p95 while the PDFs render one after
// another, against its p95 with nothing else running. Budgets: generation + HTML ≤ 300 ms, PDF ≤ 2 s,
// hot-page p95 during the renders ≤ 2× idle.
//
// Fills a database through the services (meetings held, the document and the report generated as
// the app does), then starts `styringsdialog serve` on it and measures over HTTP as the
// municipality's editor. On PGlite, then on PostgreSQL when its server answers. Informational:
// PASS/FAIL is printed.
//
// Usage: node bin/run-ts.js bench/written-documents.ts
// Environment: BENCH_RUNS (renders per document and format, default 10), BENCH_SECONDS per load run
// (default 5), BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bench_written; dropped and created).
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/auth/scope.ts';
import { prepareDatabase } from '../src/boot.ts';
import { openDatabase, type Db } from '../src/db/client.ts';
import { estates, organisations } from '../src/db/schema.ts';
import { holdDialogueMeeting } from '../src/demo/dialogue-facts.ts';
import { makeUser } from '../src/demo/factories.ts';
import { composeSections } from '../src/features/agreement-documents/compose.ts';
import { gatherFacts, generateDocument } from '../src/features/agreement-documents/generate.ts';
import { agreements } from '../src/features/agreements/tables.ts';
import { gatherReportData } from '../src/features/council-reports/gather.ts';
import { generateSections } from '../src/features/council-reports/sections.ts';
import { createReport } from '../src/features/council-reports/service.ts';
import { refreshRanks } from '../src/features/key-figures/benchmark/ranks.ts';
import { estateFigures } from '../src/features/key-figures/tables.ts';
import { THEMES } from '../src/features/meetings/tables.ts';
import { createWiring } from '../src/wiring.ts';
import { startServerProcess } from '../test/server-process.ts';
import { median } from './lib/load.ts';
import { freshPostgres, postgresAnswers } from './lib/postgres.ts';
import { hotPageDuringRenders, renderTimes, type RenderTimes } from './lib/render-load.ts';
import { login } from './lib/session.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 16;
const HOME = '0219';
const YEAR = 2025;
const YEARS = [YEAR - 2, YEAR - 1, YEAR];
const ESTATES = 60;
const AGREEMENTS = 40;
const ORGANISATIONS = 60;
const PASSWORD = 'bench-kodeord-1234';
const BUDGET = { htmlMs: 300, pdfMs: 2000, hotRatio: 2 };

/** A seeded generator (mulberry32): the same data on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An organisation with `count` estates, three years of figures each (about one in six red), and `agreementCount` agreements of the year. */
async function addOrganisation(db: Db, i: number, count: number, agreementCount: number, rnd: () => number) {
  const [org] = await db
    .insert(organisations)
    .values({ lbfNumber: 9000 + i, name: `Boligselskab ${i + 1}`, municipalityCode: HOME })
    .returning({ id: organisations.id });
  const ids = (
    await db
      .insert(estates)
      .values(
        Array.from({ length: count }, (_, n) => ({
          organisationId: org.id,
          number: n + 1,
          name: `Afdeling ${i + 1}-${n + 1}`,
          municipalityCode: HOME,
          homesFamily: 40 + Math.round(rnd() * 300),
          areaM2: 6000 + Math.round(rnd() * 20_000),
          yearBuilt: 1950 + Math.floor(rnd() * 60),
        })),
      )
      .returning({ id: estates.id })
  ).map((r) => r.id);
  await db.insert(estateFigures).values(
    ids.flatMap((estateId) => {
      const red = rnd() < 0.17;
      return YEARS.map((year) => ({
        estateId,
        year,
        values: {
          husleje: Math.round(800 + rnd() * 600),
          henlaeggelser: red ? Math.round(40 + rnd() * 60) : Math.round(150 + rnd() * 200),
          aarets_resultat: red ? -Math.round(50_000 + rnd() * 200_000) : Math.round(rnd() * 200_000),
          opsamlet_resultat: red ? -Math.round(100_000 + rnd() * 900_000) : Math.round(rnd() * 500_000),
          tomgang_dage: Math.round(rnd() * (red ? 900 : 200)),
          fraflytning: Math.round((5 + rnd() * 20) * 10) / 10,
          effektivitetstal: Math.round(red ? 60 + rnd() * 20 : 90 + rnd() * 30),
        },
      }));
    }),
  );
  if (agreementCount > 0) {
    await db.insert(agreements).values(
      Array.from({ length: agreementCount }, (_, n) => ({
        organisationId: org.id,
        governanceYear: YEAR,
        theme: THEMES[n % THEMES.length],
        text: `Aftale ${n + 1}: parterne følger op på ${n % 2 ? 'henlæggelserne' : 'tomgangen'} i afdeling ${(n % count) + 1}, og boligorganisationen redegør for fremdriften på næste dialogmøde.`,
        responsibleSide: n % 3 === 0 ? ('kommune' as const) : ('boligorganisation' as const),
        deadline: `${YEAR + 1}-06-30`,
        status: (['ikke_startet', 'i_gang', 'opfyldt', 'ikke_opfyldt'] as const)[n % 4],
      })),
    );
  }
  return org.id;
}

async function fill(where: { dataDir: string } | { url: string }) {
  const database = await openDatabase(where);
  try {
    await prepareDatabase(database);
    const db = database.db;
    const wiring = createWiring();
    const rnd = random(14);
    const started = performance.now();
    const big = await addOrganisation(db, 0, ESTATES, AGREEMENTS, rnd);
    const others: number[] = [];
    for (let i = 1; i < ORGANISATIONS; i++) others.push(await addOrganisation(db, i, 2, 2, rnd));
    // The big organisation's meeting held, and two of three of the others'.
    for (const organisationId of [big, ...others.filter((_, i) => i % 3 !== 0)]) {
      await holdDialogueMeeting({ db, organisationId, municipalityCode: HOME, date: `${YEAR}-10-14` });
    }
    await refreshRanks(db, YEARS);
    await db.execute(sql`analyze`);
    const filled = performance.now();
    const ctx = { db, actor: SYSTEM_ACTOR, organisationId: big, year: YEAR };
    const documentId = await generateDocument({ ...ctx, hooks: wiring.hooks, facts: wiring.dialogueFacts });
    await createReport({ db, actor: SYSTEM_ACTOR, municipalityCode: HOME, year: YEAR, facts: wiring.dialogueFacts });
    // Generation's own work, repeated: read the data and write the sections' text (what "Lav" and "Opdater fra data" do).
    const heldOn = `${YEAR}-10-14`;
    const documentGeneration: number[] = [];
    const reportGeneration: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      composeSections(await gatherFacts(ctx, heldOn));
      documentGeneration.push(performance.now() - t);
      t = performance.now();
      generateSections(
        await gatherReportData({
          db,
          actor: SYSTEM_ACTOR,
          municipalityCode: HOME,
          municipalityName: 'Hillerød Kommune',
          year: YEAR,
          today: `${YEAR + 1}-03-01`,
          facts: wiring.dialogueFacts,
        }),
      );
      reportGeneration.push(performance.now() - t);
    }
    const user = await makeUser(db, { role: 'municipality_editor', municipalityCode: HOME, password: PASSWORD });
    console.log(`  filled in ${((filled - started) / 1000).toFixed(1)} s`);
    return {
      email: user.email,
      documentId,
      organisationId: big,
      generation: { document: median(documentGeneration), report: median(reportGeneration) },
    };
  } finally {
    await database.close();
  }
}

const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_written';
const kinds = (await postgresAnswers(DATABASE_URL)) ? (['PGlite', 'PostgreSQL'] as const) : (['PGlite'] as const);
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.log(
  `Aftaledokument: ${ESTATES} estates, ${AGREEMENTS} agreements; council report: ${ORGANISATIONS} organisations. ${RUNS} renders per format; hot page at ${CONNECTIONS} connections for ${SECONDS} s.\n`,
);
const dirs: string[] = [];
const rows: string[] = [];
try {
  for (const kind of kinds) {
    const dir = await mkdtemp(join(tmpdir(), 'sd-bench-written-'));
    dirs.push(dir);
    console.log(`${kind}: filling …`);
    if (kind === 'PostgreSQL') await freshPostgres(DATABASE_URL);
    const data = await fill(kind === 'PostgreSQL' ? { url: DATABASE_URL } : { dataDir: dir });
    const server = await startServerProcess({
      dataDir: dir,
      env: { DEMO_DATA: 'false', ...(kind === 'PostgreSQL' ? { DATABASE_URL } : {}) },
    });
    try {
      const cookie = await login(server.url, data.email, PASSWORD);
      const doc = `/aftaledokumenter/${data.documentId}`;
      const report = `/kommuner/${HOME}/redegoerelser/${YEAR}`;
      const times = new Map<string, RenderTimes>();
      for (const t of await renderTimes(server.url, cookie, [doc, report], RUNS * 2)) times.set(t.path, t);
      for (const t of await renderTimes(
        server.url,
        cookie,
        [`${doc}/aftaledokument.pdf`, `${report}/redegoerelse.pdf`, `${doc}/aftaledokument.docx`, `${report}/redegoerelse.docx`],
        RUNS,
      ))
        times.set(t.path, t);
      for (const t of times.values())
        console.log(`  ${t.path}: median ${ms(t.median)} ms, p95 ${ms(t.p95)} ms (${(t.bytes / 1024).toFixed(0)} KB)`);
      const hot = `/boligorganisationer/${data.organisationId}`;
      const load = await hotPageDuringRenders({
        baseUrl: server.url,
        cookie,
        hotPath: hot,
        renderPaths: [`${doc}/aftaledokument.pdf`, `${report}/redegoerelse.pdf`],
        connections: CONNECTIONS,
        seconds: SECONDS,
      });
      const ratio = load.during.p95 / load.idle.p95;
      console.log(
        `  hot page ${hot}: idle p95 ${ms(load.idle.p95)} ms (${load.idle.rps.toFixed(0)} req/s); during ${load.renders} PDF renders p95 ${ms(load.during.p95)} ms (${load.during.rps.toFixed(0)} req/s): ${ratio.toFixed(2)}×`,
      );
      const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
      for (const [label, generation, page, pdf] of [
        ['aftaledokument', data.generation.document, times.get(doc)!, times.get(`${doc}/aftaledokument.pdf`)!],
        ['council report', data.generation.report, times.get(report)!, times.get(`${report}/redegoerelse.pdf`)!],
      ] as const) {
        const html = generation + page.median;
        rows.push(
          `${kind.padEnd(11)} ${label.padEnd(15)} ${`${ms(generation)} + ${ms(page.median)} = ${ms(html)} ms`.padStart(24)} ${verdict(html <= BUDGET.htmlMs)}   ${`${ms(pdf.median)} ms (p95 ${ms(pdf.p95)})`.padStart(22)} ${verdict(pdf.p95 <= BUDGET.pdfMs)}`,
        );
      }
      rows.push(
        `${kind.padEnd(11)} hot page during the renders: p95 ${ms(load.during.p95)} / ${ms(load.idle.p95)} ms idle = ${ratio.toFixed(2)}× ${verdict(ratio <= BUDGET.hotRatio)}`,
      );
    } finally {
      await server.stop();
    }
  }
  console.log(
    `\ndatabase    document        generation + HTML page (median) ≤ ${BUDGET.htmlMs} ms   PDF ≤ ${BUDGET.pdfMs} ms; hot page ≤ ${BUDGET.hotRatio}× idle`,
  );
  for (const row of rows) console.log(row);
} finally {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
