// Upload throughput of the documentation package: a 20 MB PDF through the whole request
// (multipart parsing, size and type checks from the content, SHA-256, text extraction with
// unpdf, content-addressed storage with fsync, rows and history in one transaction).
// In-process through app.request on a fresh test database, so the figure is the app's own work.
// Usage: node bin/run-ts.js bench/upload.ts [MB] [runs]
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { SYSTEM_ACTOR } from '../src/auth/scope.ts';
import { makeOrganisation, makeUser } from '../src/demo/factories.ts';
import { changeStage } from '../src/features/dialogue/service.ts';
import { extractText, sha256, sniffType } from '../src/features/documentation/files.ts';
import { registerDocumentationHooks } from '../src/features/documentation/package.ts';
import { createTestContext } from '../test/app.ts';

const MB = Number(process.argv[2] ?? 20);
const RUNS = Number(process.argv[3] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** 30 pages of text and an embedded attachment that brings the file to about `mb` MB, like a scanned annual report. */
function bigPdf(mb: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let i = 0; i < 30; i++) (i ? doc.addPage() : doc).text(`Årsregnskab side ${i + 1}. Henlæggelser, driftsresultat og overskud. `.repeat(30));
    doc.file(randomBytes(Math.max(0, mb * 1024 * 1024 - 200_000)), { name: 'bilag.bin' });
    doc.end();
  });
}

const dataDir = await mkdtemp(join(tmpdir(), 'sd-bench-upload-'));
const t = await createTestContext({ DATA_DIR: dataDir, UPLOAD_MAX_MB: Math.max(50, MB + 5) });
registerDocumentationHooks();
try {
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${t.database.kind}, in-process`);
  const db = t.deps.db;
  const year = 2026;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Benchmark', municipalityCode: '0219' });
  await changeStage({ db, actor: SYSTEM_ACTOR, organisationId: org.id, year, version: 0, to: 'indkaldt', reason: null });
  const editor = await makeUser(db, { role: 'organisation_editor', organisationId: org.id });
  const client = t.client();
  await client.login(editor.email, editor.password);
  const base = `/boligorganisationer/${org.id}/styringsdialog/${year}/dokumentationspakke`;
  const itemIds = [...(await (await client.get(base)).text()).matchAll(/dokumentationspakke\/punkter\/(\d+)\/filer/g)].map((m) => m[1]);
  if (itemIds.length === 0) throw new Error('the package did not open');

  const pdf = await bigPdf(MB);
  const size = pdf.byteLength / 1024 / 1024;
  // One warm-up upload (module loading of unpdf, first fsync of the folder), then the measured runs.
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const bytes = Buffer.from(pdf);
    bytes[Math.floor(bytes.length / 2)] ^= i + 1; // a different file each time (inside the attachment, the PDF stays valid)
    const form = new FormData();
    form.append('files', new Blob([bytes]), `Årsregnskab ${i + 1}.pdf`);
    const start = performance.now();
    const res = await client.postMultipart(`${base}/punkter/${itemIds[i % itemIds.length]}/filer`, form);
    const ms = performance.now() - start;
    if (res.status !== 303) throw new Error(`upload gave ${res.status}: ${(await res.text()).slice(0, 300)}`);
    if (i > 0) times.push(ms);
  }

  // Where the time goes, outside the request.
  const part = async (run: () => unknown) => { const s = performance.now(); await run(); return performance.now() - s; };
  const bytes = new Uint8Array(pdf);
  const sniff = await part(() => sniffType(bytes, 'x.pdf', 1024));
  const hash = await part(() => sha256(bytes));
  const text = await part(() => extractText(bytes, 'application/pdf'));

  const m = median(times);
  console.log(`\nupload of a ${size.toFixed(1)} MB PDF (30 text pages + attachment), ${RUNS} runs after one warm-up:`);
  console.log(`  ${times.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ')}`);
  console.log(`  median ${(m / 1000).toFixed(2)} s → ${(size / (m / 1000)).toFixed(1)} MB/s`);
  console.log(`  of which: type sniffing ${sniff.toFixed(0)} ms, SHA-256 ${hash.toFixed(0)} ms, PDF text extraction ${text.toFixed(0)} ms`);
} finally {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
}
