import { Worker, type TransferListItem } from 'node:worker_threads';

/**
 * One task in a thread of its own, with a time limit, for the web server: pdf.js, mammoth and
 * pdfkit parse or render synchronously, and a long document would otherwise stall every other
 * request. The thread ends with its task; a task over time is terminated with its thread.
 * The worker file is loaded by Node itself (no tsx): only erasable TypeScript there and below.
 */
export function runInWorker<T>(
  url: URL,
  message: unknown,
  o: { timeoutMs: number; transfer?: TransferListItem[]; onTimeout: () => T; onError: (error: unknown) => T },
): Promise<T> {
  return new Promise((resolve) => {
    const worker = new Worker(url);
    const done = (result: T) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => done(o.onTimeout()), o.timeoutMs);
    worker.once('message', (result: T) => done(result));
    worker.once('error', (error) => done(o.onError(error)));
    worker.postMessage(message, o.transfer);
  });
}
