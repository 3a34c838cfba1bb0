import { isOutOfMemory, runInWorker } from '../../lib/worker-task.ts';
import type { ImportResult } from './types.ts';

export const IMPORT_TIMEOUT_MS = 60_000;
/** Heap of the reading thread: a 25 MB PDF of text needs about 150 MB; more means a file built to exhaust memory. */
export const IMPORT_MEMORY_MB = 512;

const UNREADABLE = 'Filen kunne ikke læses. Kontrollér, at den er et referat i TXT, DOCX eller PDF, og prøv igen.';

/** What to try instead of a file too slow to read: another format only helps a PDF (pdf.js is the slow reader). */
function tooSlow(bytes: Uint8Array, timeoutMs: number): string {
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const advice = isPdf
    ? 'Del den op, eller brug DOCX- eller TXT-udgaven af referatet.'
    : 'Del referatet op i flere filer, og importér dem hver for sig.';
  return `Filen tog for lang tid at læse (over ${Math.round(timeoutMs / 1000)} sekunder). ${advice}`;
}

/**
 * `importMinutesFile` in a worker thread of its own, with a time limit (see worker-task.ts):
 * importing old minutes is rare, so a thread per file costs little.
 */
export function importMinutesInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: { maxBytes: number; timeoutMs?: number; quiet?: boolean },
): Promise<ImportResult> {
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const copy = new Uint8Array(bytes);
  const slow = tooSlow(bytes, timeoutMs);
  return runInWorker<ImportResult>(
    new URL('./worker.ts', import.meta.url),
    { bytes: copy, fileName, maxBytes: options.maxBytes, quiet: options.quiet ?? false },
    {
      timeoutMs,
      maxMemoryMb: IMPORT_MEMORY_MB,
      transfer: [copy.buffer],
      onTimeout: () => ({ ok: false, message: slow }),
      onError: (error) => ({
        ok: false,
        message: isOutOfMemory(error)
          ? `Filen kræver mere end ${IMPORT_MEMORY_MB} MB hukommelse at læse og kan ikke importeres. Del referatet op i flere filer, eller gem det som TXT.`
          : UNREADABLE,
      }),
    },
  );
}
