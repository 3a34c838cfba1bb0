/**
 * Writes the sample aftaledokument as PDF and DOCX to look at:
 *   node bin/run-ts.js src/lib/written-document/render-sample.ts OUTDIR
 * (then e.g. `pdftoppm -png -r 60 OUTDIR/written.pdf OUTDIR/page`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderWrittenDocx } from './docx.ts';
import { renderWrittenPdf } from './pdf.ts';
import { sampleWritten } from './sample.ts';

const outDir = process.argv[2] ?? '.tmp/export-sample';
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'written.pdf'), await renderWrittenPdf(sampleWritten));
writeFileSync(join(outDir, 'written.docx'), await renderWrittenDocx(sampleWritten));
console.log(`Wrote written.pdf and written.docx to ${outDir}`);
