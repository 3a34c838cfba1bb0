/*
 * Whether a PDF opens, off the main thread: pdf.js parses synchronously, and a damaged or hostile
 * file can keep it busy (rebuilding the cross-reference table of a large file) long enough to stall
 * every other request of the server. archive-limits.ts keeps this thread for the next file, and
 * ends it after a time limit. One answer per file, in order.
 * Only erasable TypeScript here: the worker is loaded by Node itself, without tsx.
 */
import { parentPort } from 'node:worker_threads';

// Loaded as the thread starts, not at its first file: a thread started ahead (warmPdfCheck) is ready when the first file comes.
const unpdf = import('unpdf');

async function opens(bytes: Uint8Array): Promise<boolean> {
  const { getDocumentProxy } = await unpdf;
  try {
    // Errors only: a damaged file is answered with a message, not with "Warning: Indexing all PDF objects" in the log.
    const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
    try {
      return pdf.numPages > 0 && (await pdf.getPage(1)) !== null;
    } finally {
      await pdf.destroy();
    }
  } catch {
    return false;
  }
}

parentPort?.on('message', (bytes: Uint8Array) => {
  void opens(bytes).then((ok) => parentPort?.postMessage(ok));
});
