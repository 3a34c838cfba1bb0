import { Worker } from 'node:worker_threads';
import { workerMemoryLimits } from '../../lib/worker-task.ts';

/*
 * One worker thread per process reads PDF and DOCX text (extract-worker.ts): started on first
 * use and then kept, so a file does not pay for a new thread and loading pdf.js (about 0.3 s);
 * unref'd, so an idle worker never keeps the process alive. Files are read one at a time. A file
 * that takes longer than its limit has the worker terminated; the next file starts a fresh one.
 * Its heap is capped too: a file that needs more ends the worker and is stored without text.
 */

/** A 20 MB text-heavy PDF needs about 200 MB while its first million characters are read. */
const EXTRACT_MEMORY_MB = 512;

type Pending = { worker: Worker; resolve: (text: string | null) => void; timer: NodeJS.Timeout };
let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;
const pending = new Map<number, Pending>();

function settle(id: number, text: string | null) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  clearTimeout(p.timer);
  p.resolve(text);
}

function start(): Worker {
  const w = new Worker(new URL('./extract-worker.ts', import.meta.url), { resourceLimits: workerMemoryLimits(EXTRACT_MEMORY_MB) });
  w.on('message', (m: { id: number; text: string | null }) => settle(m.id, m.text ?? null));
  // A worker that fails or ends answers nothing more: its files (only its own) get no text.
  const gone = () => {
    if (worker === w) worker = null;
    for (const [id, p] of [...pending]) if (p.worker === w) settle(id, null);
  };
  w.on('error', gone);
  w.on('exit', gone);
  w.unref(); // after the listeners, which would otherwise keep the process alive
  return w;
}

/** The text of a PDF or DOCX, or null when it cannot be read within `timeoutMs`. */
export function extractInWorker(bytes: Uint8Array, mime: string, timeoutMs: number): Promise<string | null> {
  const run = () =>
    new Promise<string | null>((resolve) => {
      let w: Worker;
      try {
        w = worker ??= start();
      } catch {
        resolve(null);
        return;
      }
      const id = nextId++;
      // The timer stays ref'd while the file is read, so a script awaiting the text is not ended early.
      const timer = setTimeout(() => {
        settle(id, null);
        if (worker === w) worker = null;
        void w.terminate();
      }, timeoutMs);
      pending.set(id, { worker: w, resolve, timer });
      const copy = new Uint8Array(bytes); // handed over to the worker; the caller's bytes stay whole
      w.postMessage({ id, bytes: copy, mime }, [copy.buffer]);
    });
  const result = queue.then(run);
  queue = result.catch(() => null);
  return result;
}
