/** A worker thread's memory limit ends the thread, not the process, and is told apart from other errors. */
import { describe, expect, it } from 'vitest';
import { isOutOfMemory, runInWorker } from './worker-task.ts';

// Builds about 200 MB of live objects, then answers: fine without a limit, too much under 64 MB.
const hungry = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort } from 'node:worker_threads';
    const kept = [];
    for (let i = 0; i < 40; i++) kept.push(Array.from({ length: 131072 }, (_, j) => ({ j })));
    parentPort.postMessage('done');
  `)}`,
);

describe('runInWorker', () => {
  it('ends a thread that grows past maxMemoryMb with ERR_WORKER_OUT_OF_MEMORY', async () => {
    const result = await runInWorker(hungry, null, {
      timeoutMs: 20_000,
      maxMemoryMb: 64,
      onTimeout: () => 'timeout',
      onError: (error) => (isOutOfMemory(error) ? 'out of memory' : 'other error'),
    });
    expect(result).toBe('out of memory');
  }, 30_000);
});
