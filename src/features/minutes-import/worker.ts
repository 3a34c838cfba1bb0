/*
 * Reads one minutes file off the main thread (see import-in-worker.ts). pdf.js and mammoth parse
 * synchronously: a long PDF would otherwise stall every other request of the web server.
 * Only erasable TypeScript here and below: the worker is loaded by Node itself, without tsx.
 */
import { parentPort } from 'node:worker_threads';
import { importMinutesFile } from './import-file.ts';

parentPort?.once('message', (m: { bytes: Uint8Array; fileName: string; maxBytes: number; quiet: boolean }) => {
  // The command line keeps stdout for its result; pdf.js writes warnings with console.log.
  if (m.quiet) for (const key of ['log', 'info', 'warn', 'debug', 'error'] as const) console[key] = () => undefined;
  importMinutesFile(m.bytes, m.fileName, { maxBytes: m.maxBytes }).then(
    (result) => parentPort?.postMessage(result),
    () =>
      parentPort?.postMessage({
        ok: false,
        message: 'Filen kunne ikke læses. Kontrollér, at den er et referat i TXT, DOCX eller PDF, og prøv igen.',
      }),
  );
});
