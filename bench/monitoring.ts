// Issue 13's budget for the monitoring of vulnerable housing areas: the national page (all areas of
// the country, classified and checked for early warnings) ≤ 200 ms. About 300 areas in the 98
// municipalities, each with 2–4 estates and six years of figures, in a temporary PGlite database;
// the page is requested through the app (app.request, no network), as an admin.
// Usage: npm run bench:monitoring
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { prepareDatabase } from '../src/boot.ts';
import { testConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { makeUser } from '../src/demo/factories.ts';
import { areaStatistics, housingAreaEstates, housingAreas } from '../src/features/key-figures/tables.ts';
import { estates, municipalities, organisations } from '../src/features/registry/tables.ts';
import { createLogger } from '../src/logger.ts';
import { createWiring } from '../src/wiring.ts';
import { TestClient } from '../test/app.ts';

const AREAS = 300;
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const REQUESTS = 50;
const BUDGET_MS = 200;

// A fixed seed: every run measures the same country.
let seed = 20261204;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const dataDir = await mkdtemp(join(tmpdir(), 'sd-bench-monitoring-'));
const database = await openDatabase({ dataDir: join(dataDir, 'db') });
try {
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, PGlite, in-process; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  await prepareDatabase(database);
  const db = database.db;
  const codes = (await db.select({ code: municipalities.code }).from(municipalities)).map((m) => m.code);

  // One organisation per municipality, 2–4 estates per area, all in bulk.
  const orgs = await db
    .insert(organisations)
    .values(codes.map((code, i) => ({ lbfNumber: 100 + i, name: `Boligorganisation ${code}`, municipalityCode: code })))
    .returning({ id: organisations.id, code: organisations.municipalityCode });
  const areas = await db
    .insert(housingAreas)
    .values(Array.from({ length: AREAS }, (_, i) => ({ name: `Boligområde ${i + 1}`, municipalityCode: codes[i % codes.length] })))
    .returning({ id: housingAreas.id, code: housingAreas.municipalityCode });
  const estateRows = areas.flatMap((a, i) =>
    Array.from({ length: 2 + (i % 3) }, (_, j) => ({
      organisationId: orgs.find((o) => o.code === a.code)!.id,
      number: i * 10 + j + 1,
      name: `Afdeling ${i * 10 + j + 1}`,
      municipalityCode: a.code,
      homesFamily: 150,
      areaM2: 12000,
      area: a.id,
    })),
  );
  const made = await db
    .insert(estates)
    .values(estateRows.map(({ area: _, ...e }) => e))
    .returning({ id: estates.id });
  await db.insert(housingAreaEstates).values(made.map((e, i) => ({ areaId: estateRows[i].area, estateId: e.id })));

  // Six years per area, drifting from a starting point: some far from every line, some near them, some over.
  const statistics = areas.flatMap((a) => {
    const severity = random();
    let outside = between(15, 30) + severity * 20;
    let convictions = between(0.5, 1.5) + severity * 2.5;
    let primary = between(35, 50) + severity * 20;
    let income = between(90, 70) - severity * 30;
    let nonWestern = between(5, 30) + severity * 35;
    const trend = between(-1.5, 2);
    return YEARS.map((year) => {
      outside += trend + between(-1, 1);
      convictions += trend / 10 + between(-0.1, 0.1);
      primary += trend / 2 + between(-1, 1);
      income -= trend + between(-1, 1);
      nonWestern += between(-1, 1.5);
      const clamp = (n: number) => round1(Math.min(99, Math.max(0, n)));
      return {
        areaId: a.id,
        year,
        residents: Math.round(between(600, 6000)),
        outsideWorkPct: clamp(outside),
        convictionsRatio: round1(Math.max(0, convictions)),
        primarySchoolOnlyPct: clamp(primary),
        incomeRatioPct: clamp(income),
        nonWesternPct: clamp(nonWestern),
      };
    });
  });
  await db.insert(areaStatistics).values(statistics);
  console.log(`${areas.length} areas in ${codes.length} municipalities, ${made.length} estates, ${statistics.length} area-years`);

  const config = testConfig({ COOKIE_SECURE: false, DATA_DIR: dataDir });
  const deps = {
    db,
    dbKind: database.kind,
    config,
    logger: createLogger(config),
    secret: 'bench-secret-long-enough-for-hmac',
    wiring: createWiring(),
  };
  const app = createApp(deps);
  const admin = await makeUser(db, { role: 'admin' });
  const client = new TestClient(app, deps.secret);
  await client.login(admin.email, admin.password);

  // Wall time, and the process's CPU time per request: on a shared machine the second says what the page costs.
  const measure = async (path: string) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let html = '';
    for (let i = 0; i < REQUESTS + 5; i++) {
      const start = performance.now();
      const used = process.cpuUsage();
      const res = await client.get(path);
      html = await res.text();
      if (res.status !== 200) throw new Error(`${path} gave ${res.status}`);
      const { user, system } = process.cpuUsage(used);
      if (i >= 5) {
        times.push(performance.now() - start);
        cpu.push((user + system) / 1000);
      }
    }
    return { p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times), cpu50: pct(cpu, 50), cpu95: pct(cpu, 95), html };
  };
  const all = await measure('/boligomraader');
  const shown = (all.html.match(/<tr><th scope="row"><a href="\/boligomraader\//g) ?? []).length;
  const warned = (all.html.match(/Tidlig varsel \(|>Tidlig varsel</g) ?? []).length;
  console.log(`\nnational monitoring page /boligomraader, ${REQUESTS} sequential requests after 5 warm-ups:`);
  console.log(`  ${shown} areas shown (${warned} with early warnings)`);
  console.log(`  wall: p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms, max ${all.max.toFixed(1)} ms`);
  console.log(`  CPU of the process per request: p50 ${all.cpu50.toFixed(1)} ms, p95 ${all.cpu95.toFixed(1)} ms`);
  const verdict = (ms: number) => (ms <= BUDGET_MS ? 'PASS' : 'FAIL');
  console.log(`  budget ≤ ${BUDGET_MS} ms: p50 ${verdict(all.p50)}, p95 ${verdict(all.p95)} (wall time; see the load average above)`);
  const filtered = await measure('/boligomraader?liste=udsat&region=Region%20Hovedstaden');
  console.log(
    `  filtered (udsat, Region Hovedstaden): wall p50 ${filtered.p50.toFixed(1)} ms, p95 ${filtered.p95.toFixed(1)} ms; CPU p50 ${filtered.cpu50.toFixed(1)} ms`,
  );
} finally {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
