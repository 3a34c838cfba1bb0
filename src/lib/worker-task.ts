import { Worker, type TransferListItem } from 'node:worker_threads';

/**
 * One task in a thread of its own, with a time limit, for the web server: pdf.js, mammoth and
 * pdfkit parse or render synchronously, and a long document would otherwise stall every other
 * request. The thread ends with its task; a task over time is terminated with its thread.
 * The worker file is loaded by Node itself (no tsx): only erasable TypeScript there and below.
 * `maxMemoryMb` caps the thread's heap: a file that makes a parser build gigabytes of objects
 * ends that thread (onError gets an error with code ERR_WORKER_OUT_OF_MEMORY), not the server.
 */
export function runInWorker<T>(
  url: URL,
  message: unknown,
  o: { timeoutMs: number; maxMemoryMb?: number; transfer?: TransferListItem[]; onTimeout: () => T; onError: (error: unknown) => T },
): Promise<T> {
  return new Promise((resolve) => {
    const worker = new Worker(url, o.maxMemoryMb ? { resourceLimits: workerMemoryLimits(o.maxMemoryMb) } : {});
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

/** Heap limits for a worker thread of at most `mb` MB (old generation; the young one a fixed small part). */
export const workerMemoryLimits = (mb: number) => ({ maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: Math.min(64, mb / 8) });

/** Whether a worker thread ended because it reached its memory limit. */
export const isOutOfMemory = (error: unknown) => (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
