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

/**
 * A worker thread kept for tasks of one kind, for checks that come many in a row: each PDF of an
 * upload (the demo data's 32 package files) cost a new thread and loading pdf.js, ~0.3–0.6 s on
 * the two-core machine, where one kept thread answers in milliseconds after the first. The same
 * limits as runInWorker: tasks run one at a time, and a task over its time limit, or one that fails
 * or reaches `maxMemoryMb`, ends the thread (the next task starts a fresh one). The thread answers
 * each message with one message. An idle thread ends after `idleMs` so its memory is given back,
 * and it never keeps the process alive.
 */
export function keptWorker<T>(url: URL, o: { maxMemoryMb?: number; idleMs?: number } = {}) {
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const end = (w: Worker) => {
    if (worker === w) worker = null;
    void w.terminate();
  };
  const start = (): Worker => {
    const w = new Worker(url, o.maxMemoryMb ? { resourceLimits: workerMemoryLimits(o.maxMemoryMb) } : {});
    // A thread that fails between tasks (no task listening) ends instead of taking the process with it.
    w.on('error', () => end(w));
    return w;
  };
  const task = (
    message: unknown,
    t: { timeoutMs: number; transfer?: TransferListItem[]; onTimeout: () => T; onError: (error: unknown) => T },
  ): Promise<T> =>
    new Promise((resolve) => {
      clearTimeout(idle);
      let w: Worker;
      try {
        w = worker ??= start();
      } catch (error) {
        resolve(t.onError(error));
        return;
      }
      const done = (result: T, keep: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (!keep) end(w);
        else if (worker === w) idle = setTimeout(() => end(w), o.idleMs ?? 30_000).unref();
        w.unref();
        resolve(result);
      };
      const onMessage = (result: T) => done(result, true);
      const onError = (error: unknown) => done(t.onError(error), false);
      const onExit = (code: number) => done(t.onError(new Error(`the worker thread ended with exit code ${code}`)), false);
      const timer = setTimeout(() => done(t.onTimeout(), false), t.timeoutMs);
      w.on('message', onMessage).on('error', onError).on('exit', onExit);
      // Held while a caller waits for the answer; unref'd again once it came.
      w.ref();
      w.postMessage(message, t.transfer);
    });
  const run = (message: unknown, t: Parameters<typeof task>[1]): Promise<T> => {
    const result = queue.then(() => task(message, t));
    queue = result.catch(() => undefined);
    return result;
  };
  /** Starts the thread ahead of a run of tasks, so that what it loads first loads beside other work. */
  const warm = () => {
    if (worker) return;
    try {
      const w = (worker = start());
      w.unref();
      idle = setTimeout(() => end(w), o.idleMs ?? 30_000).unref();
    } catch {
      // The first task will say what is wrong.
    }
  };
  return Object.assign(run, { warm });
}

/** Heap limits for a worker thread of at most `mb` MB (old generation; the young one a fixed small part). */
export const workerMemoryLimits = (mb: number) => ({ maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: Math.min(64, mb / 8) });

/** Whether a worker thread ended because it reached its memory limit. */
export const isOutOfMemory = (error: unknown) => (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
