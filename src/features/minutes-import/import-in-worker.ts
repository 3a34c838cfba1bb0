import { Worker } from 'node:worker_threads';
import type { ImportResult } from './types.ts';

export const IMPORT_TIMEOUT_MS = 60_000;

/**
 * `importMinutesFile` in a worker thread of its own, with a time limit, for the web server:
 * importing old minutes is rare, so a thread per file costs little and a file that never
 * finishes is simply terminated with its thread.
 */
export function importMinutesInWorker(bytes: Uint8Array, fileName: string, options: { maxBytes: number; timeoutMs?: number }): Promise<ImportResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url));
    const done = (result: ImportResult) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => done({
      ok: false, message: `Filen tog for lang tid at læse (over ${Math.round((options.timeoutMs ?? IMPORT_TIMEOUT_MS) / 1000)} sekunder). Del den op, eller brug DOCX- eller TXT-udgaven af referatet.`,
    }), options.timeoutMs ?? IMPORT_TIMEOUT_MS);
    worker.once('message', (result: ImportResult) => done(result));
    worker.once('error', () => done({ ok: false, message: 'Filen kunne ikke læses. Kontrollér, at den er et referat i TXT, DOCX eller PDF, og prøv igen.' }));
    const copy = new Uint8Array(bytes);
    worker.postMessage({ bytes: copy, fileName, maxBytes: options.maxBytes }, [copy.buffer]);
  });
}
