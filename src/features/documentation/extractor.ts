import { keptWorker } from '../../lib/worker-task.ts';

/*
 * One worker thread per process reads PDF and DOCX text (extract-worker.ts), kept between files so
 * a file does not pay for a new thread and loading pdf.js (about 0.3 s), and ended when idle. Files
 * are read one at a time. A file that takes longer than its limit, or needs more than the thread's
 * heap, ends the thread and is stored without text; the next file starts a fresh one.
 */

/** A 20 MB text-heavy PDF needs about 200 MB while its first million characters are read. */
const EXTRACT_MEMORY_MB = 512;

const extractor = keptWorker<string | null>(new URL('./extract-worker.ts', import.meta.url), { maxMemoryMb: EXTRACT_MEMORY_MB });

/** The text of a PDF or DOCX, or null when it cannot be read within `timeoutMs`. */
export function extractInWorker(bytes: Uint8Array, mime: string, timeoutMs: number): Promise<string | null> {
  const copy = new Uint8Array(bytes); // handed over to the worker; the caller's bytes stay whole
  return extractor({ bytes: copy, mime }, { transfer: [copy.buffer], timeoutMs, onTimeout: () => null, onError: () => null });
}

/** Starts the thread (and its loading of pdf.js) ahead of many files, as the demo data's. */
export const warmTextExtraction = () => extractor.warm();
