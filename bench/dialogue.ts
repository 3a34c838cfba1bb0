// Issue 4's budgets: the supervisor overview's latency for a municipality with 60 organisations beside
// one with 5 (ratio ≤ 1.5), and the upload throughput of a 20 MB PDF into the documentation package.
// In-process through app.request on a fresh PGlite database, so the figures are the app's own work.
// Usage: node bin/run-ts.js bench/dialogue.ts
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../src/auth/scope.ts';
import { makeOrganisation, makeUser } from '../src/demo/factories.ts';
import { changeStage } from '../src/features/dialogue/service.ts';
import { STAGES } from '../src/features/dialogue/tables.ts';
import { createTestContext, type TestClient } from '../test/app.ts';
import { pdfOf } from '../test/documents.ts';
import { createWiring } from '../src/wiring.ts';

const REQUESTS = 200;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** A PDF of a few pages of text and a 20 MB attachment: the size of a scanned annual report. */
function bigPdf(mb: number): Promise<Buffer> {
  return pdfOf({ compress: false }, (doc) => {
    for (let i = 0; i < 30; i++)
      (i ? doc.addPage() : doc).text(`Årsregnskab side ${i + 1}. Henlæggelser, driftsresultat og overskud. `.repeat(30));
    doc.file(randomBytes(mb * 1024 * 1024), { name: 'bilag.bin' });
  });
}

const dataDir = await mkdtemp(join(tmpdir(), 'sd-bench-'));
const t = await createTestContext({ DATA_DIR: dataDir, UPLOAD_MAX_MB: 50 });
try {
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, PGlite, in-process`,
  );
  const db = t.deps.db;
  const year = 2026;
  const orgsOf: Record<string, number[]> = { '0101': [], '0147': [] };
  for (const [code, n] of [
    ['0101', 60],
    ['0147', 5],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const o = await makeOrganisation(db, {
        name: `Boligorganisation ${code}-${i + 1}`,
        municipalityCode: code,
        fiscalYearEndMonth: [12, 5, 9][i % 3],
      });
      orgsOf[code].push(o.id);
      const stage = STAGES[i % STAGES.length];
      if (stage !== 'planlagt')
        await changeStage({
          hooks: createWiring().hooks,
          db,
          actor: SYSTEM_ACTOR,
          organisationId: o.id,
          year,
          version: 0,
          to: stage,
          reason: 'Benchmarkdata',
        });
    }
  }
  const clients: Record<string, TestClient> = {};
  for (const code of Object.keys(orgsOf)) {
    const u = await makeUser(db, { role: 'municipality_reader', municipalityCode: code });
    clients[code] = t.client();
    await clients[code].login(u.email, u.password);
  }
  const measure = async (code: string) => {
    const times: number[] = [];
    for (let i = 0; i < REQUESTS + 20; i++) {
      const start = performance.now();
      const res = await clients[code].get(`/tilsyn?aar=${year}`);
      await res.text();
      if (res.status !== 200) throw new Error(`/tilsyn gave ${res.status}`);
      if (i >= 20) times.push(performance.now() - start);
    }
    return { p50: pct(times, 50), p95: pct(times, 95) };
  };
  // Interleaved rounds, so drift on a noisy machine hits both sides alike.
  const big = { p50: [] as number[], p95: [] as number[] };
  const small = { p50: [] as number[], p95: [] as number[] };
  for (let round = 0; round < 3; round++) {
    const b = await measure('0101');
    big.p50.push(b.p50);
    big.p95.push(b.p95);
    const s = await measure('0147');
    small.p50.push(s.p50);
    small.p95.push(s.p95);
  }
  const med = (xs: number[]) => pct(xs, 50);
  console.log(`\nsupervisor overview /tilsyn, ${REQUESTS} sequential requests × 3 interleaved rounds (median of rounds):`);
  console.log(`  60 organisations: p50 ${med(big.p50).toFixed(1)} ms, p95 ${med(big.p95).toFixed(1)} ms`);
  console.log(`   5 organisations: p50 ${med(small.p50).toFixed(1)} ms, p95 ${med(small.p95).toFixed(1)} ms`);
  const ratio = med(big.p50) / med(small.p50);
  console.log(`  ratio 60/5 (p50): ${ratio.toFixed(2)}  ${ratio <= 1.5 ? 'PASS' : 'FAIL'} (budget ≤ 1.5)`);

  // Upload: a convened dialogue's package, the organisation's editor uploads one 20 MB PDF.
  const orgId = orgsOf['0147'][1];
  const editor = await makeUser(db, { role: 'organisation_editor', organisationId: orgId });
  const c = t.client();
  await c.login(editor.email, editor.password);
  const page = await (await c.get(`/boligorganisationer/${orgId}/styringsdialog/${year}/dokumentationspakke`)).text();
  const itemIds = [...page.matchAll(/dokumentationspakke\/punkter\/(\d+)\/filer/g)].map((m) => m[1]);
  const pdf = await bigPdf(20);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const form = new FormData();
    // A different file each time (one byte changed), so the duplicate check never short-cuts.
    const bytes = Buffer.from(pdf);
    bytes[Math.floor(bytes.length / 2)] ^= i + 1; // inside the attachment: the PDF's structure stays intact
    form.append('files', new Blob([bytes]), `Årsregnskab ${i + 1}.pdf`);
    const start = performance.now();
    const res = await c.postMultipart(
      `/boligorganisationer/${orgId}/styringsdialog/${year}/dokumentationspakke/punkter/${itemIds[i]}/filer`,
      form,
    );
    if (res.status !== 303) throw new Error(`upload gave ${res.status}: ${(await res.text()).slice(0, 300)}`);
    times.push(performance.now() - start);
  }
  const mb = pdf.byteLength / 1024 / 1024;
  console.log(`\nupload of a ${mb.toFixed(1)} MB PDF (30 text pages + 20 MB attachment) through the app, 3 runs:`);
  console.log(
    `  ${times.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ')} → median ${(mb / (med(times) / 1000)).toFixed(1)} MB/s (sniffing, hashing, text extraction, storage, rows)`,
  );
} finally {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
}
