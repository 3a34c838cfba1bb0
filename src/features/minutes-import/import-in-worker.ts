import { runInWorker } from '../../lib/worker-task.ts';
import type { ImportResult } from './types.ts';

export const IMPORT_TIMEOUT_MS = 60_000;

/**
 * `importMinutesFile` in a worker thread of its own, with a time limit (see worker-task.ts):
 * importing old minutes is rare, so a thread per file costs little.
 */
export function importMinutesInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: { maxBytes: number; timeoutMs?: number },
): Promise<ImportResult> {
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const copy = new Uint8Array(bytes);
  return runInWorker<ImportResult>(
    new URL('./worker.ts', import.meta.url),
    { bytes: copy, fileName, maxBytes: options.maxBytes },
    {
      timeoutMs,
      transfer: [copy.buffer],
      onTimeout: () => ({
        ok: false,
        message: `Filen tog for lang tid at læse (over ${Math.round(timeoutMs / 1000)} sekunder). Del den op, eller brug DOCX- eller TXT-udgaven af referatet.`,
      }),
      onError: () => ({
        ok: false,
        message: 'Filen kunne ikke læses. Kontrollér, at den er et referat i TXT, DOCX eller PDF, og prøv igen.',
      }),
    },
  );
}
