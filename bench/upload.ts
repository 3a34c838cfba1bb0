// Issue 4's upload budget: the throughput of a 20 MB PDF uploaded to a documentation package item,
// through app.request on a fresh PGlite test database, so the figure is the app's own work: multipart
// parsing, type sniffing from the content, SHA-256, text extraction, the content-addressed write
// (temporary file, fsync, rename) and the rows with their history, in one transaction.
// Usage: node bin/run-ts.js bench/upload.ts
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/auth/scope.ts';
import { makeOrganisation, makeUser } from '../src/demo/factories.ts';
import { changeStage } from '../src/features/dialogue/service.ts';
import { dialogues } from '../src/features/dialogue/tables.ts';
import { packageFiles, packageItems } from '../src/features/documentation/tables.ts';
import { createTestContext } from '../test/app.ts';
import { pdfOf } from '../test/documents.ts';
import { createWiring } from '../src/wiring.ts';

const RUNS = 5;
const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A PDF built by pdfkit, uncompressed, with `pages` pages of text and an attachment of `attachmentMb` random bytes. */
function pdf({ pages, attachmentMb }: { pages: number; attachmentMb: number }): Promise<Buffer> {
  return pdfOf({ compress: false }, (doc) => {
    for (let i = 0; i < pages; i++) {
      (i ? doc.addPage() : doc).text(
        `Årsregnskab 2025, side ${i + 1}. Henlæggelser til planlagt og periodisk vedligeholdelse, driftsresultat og overskud i afdeling ${i % 40}. `.repeat(
          24,
        ),
      );
    }
    if (attachmentMb) doc.file(randomBytes(attachmentMb * MB), { name: 'bilag.bin' });
  });
}

const dataDir = await mkdtemp(join(tmpdir(), 'sd-bench-upload-'));
const t = await createTestContext({ DATA_DIR: dataDir, UPLOAD_MAX_MB: 50 });
try {
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, PGlite in-process; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const db = t.deps.db;
  const year = 2026;
  const org = await makeOrganisation(db, { name: 'Boligselskabet Bench', municipalityCode: '0219' });
  await changeStage({
    hooks: createWiring().hooks,
    db,
    actor: SYSTEM_ACTOR,
    organisationId: org.id,
    year,
    version: 0,
    to: 'indkaldt',
    reason: null,
  });
  const editor = await makeUser(db, { role: 'organisation_editor', organisationId: org.id });
  const client = t.client();
  await client.login(editor.email, editor.password);
  const base = `/boligorganisationer/${org.id}/styringsdialog/${year}/dokumentationspakke`;
  // Opening the page opens the package if the convening hook has not (idempotent either way).
  if ((await client.get(base)).status !== 200) throw new Error('the package page did not open');
  const [dialogue] = await db
    .select()
    .from(dialogues)
    .where(and(eq(dialogues.organisationId, org.id), eq(dialogues.governanceYear, year)));
  const items = await db
    .select({ id: packageItems.id })
    .from(packageItems)
    .where(eq(packageItems.dialogueId, dialogue.id))
    .orderBy(asc(packageItems.position));
  if (items.length < 2) throw new Error('the package has no items');

  const upload = async (itemId: number, name: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)]), name);
    const start = performance.now();
    const res = await client.postMultipart(`${base}/punkter/${itemId}/filer`, form);
    const ms = performance.now() - start;
    if (res.status !== 303)
      throw new Error(`upload of ${name} gave HTTP ${res.status}: ${(await res.text()).replace(/\s+/g, ' ').slice(0, 400)}`);
    return ms;
  };

  // The fixed cost of an upload request (session, CSRF, loading the package, rows), with a tiny CSV.
  const small: number[] = [];
  for (let i = 0; i < RUNS; i++) small.push(await upload(items[0].id, `lille ${i}.csv`, Buffer.from(`punkt;værdi\nrun;${i}\n`)));

  const cases = [
    { label: 'scanned report: 30 text pages + a 20 MB attachment', bytes: await pdf({ pages: 30, attachmentMb: 20 }) },
    {
      label: 'text-heavy report: 20 MB of text pages',
      bytes: await (async () => {
        // Enough pages for about 20 MB (pdfkit writes about 4 kB a page of this text, uncompressed).
        const probe = await pdf({ pages: 100, attachmentMb: 0 });
        return pdf({ pages: Math.round((20 * MB) / (probe.byteLength / 100)), attachmentMb: 0 });
      })(),
    },
  ];

  console.log(`\nupload request overhead (tiny CSV), ${RUNS} runs: median ${median(small).toFixed(1)} ms`);
  for (const [n, c] of cases.entries()) {
    const size = c.bytes.byteLength / MB;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A different file each run (a byte flipped in a comment appended at the end), so the duplicate check never short-cuts.
      const bytes = Buffer.concat([c.bytes, Buffer.from(`\n% run ${n}-${i}\n`)]);
      times.push(await upload(items[1].id, `Årsregnskab ${n}-${i}.pdf`, bytes));
    }
    const [stored] = await db
      .select({ text: packageFiles.textContent })
      .from(packageFiles)
      .where(eq(packageFiles.packageItemId, items[1].id))
      .orderBy(asc(packageFiles.id))
      .limit(1)
      .offset(n * RUNS);
    const hashMs = (() => {
      const s = performance.now();
      createHash('sha256').update(c.bytes).digest('hex');
      return performance.now() - s;
    })();
    console.log(`\n${c.label}: ${size.toFixed(1)} MB, ${RUNS} runs`);
    console.log(`  ${times.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ')}`);
    console.log(
      `  median ${(median(times) / 1000).toFixed(2)} s → ${(size / (median(times) / 1000)).toFixed(1)} MB/s (of which SHA-256 alone ≈ ${hashMs.toFixed(0)} ms); text stored: ${(stored?.text?.length ?? 0).toLocaleString('da-DK')} characters`,
    );
  }
} finally {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
}
