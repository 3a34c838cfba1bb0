/**
 * Writes the sample minutes as PDF and DOCX to look at:
 *   node bin/run-ts.js src/features/meetings/export/render-sample.ts OUTDIR
 * (then e.g. `pdftoppm -png -r 60 OUTDIR/sample.pdf OUTDIR/page`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMeetingDocx } from './docx.ts';
import { renderMeetingPdf } from './pdf.ts';
import { sampleMeeting } from './sample.ts';

const outDir = process.argv[2] ?? '.tmp/export-sample';
mkdirSync(outDir, { recursive: true });
const started = performance.now();
writeFileSync(join(outDir, 'sample.pdf'), await renderMeetingPdf(sampleMeeting));
writeFileSync(join(outDir, 'sample.docx'), await renderMeetingDocx(sampleMeeting));
writeFileSync(join(outDir, 'sample-public.pdf'), await renderMeetingPdf({ ...sampleMeeting, includeClosed: false }));
console.log(`Wrote sample.pdf, sample.docx and sample-public.pdf to ${outDir} in ${Math.round(performance.now() - started)} ms`);
