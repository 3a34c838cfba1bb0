/** A worker thread's memory limit ends the thread, not the process, and is told apart from other errors. */
import { describe, expect, it } from 'vitest';
import { isOutOfMemory, keptWorker, runInWorker } from './worker-task.ts';

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

// Answers each message with its thread's id; 'hang' never answers.
const echo = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort, threadId } from 'node:worker_threads';
    parentPort.on('message', (m) => { if (m !== 'hang') parentPort.postMessage(threadId); });
  `)}`,
);

describe('keptWorker', () => {
  it('runs tasks one after another in one thread, and starts a new one after a task over its time limit', async () => {
    const run = keptWorker<number | 'timeout' | 'error'>(echo);
    const task = (message: string) => run(message, { timeoutMs: 2_000, onTimeout: () => 'timeout', onError: () => 'error' });
    const [first, second, third] = await Promise.all([task('a'), task('b'), task('c')]);
    expect(typeof first).toBe('number');
    expect([second, third]).toEqual([first, first]);
    expect(await run('hang', { timeoutMs: 200, onTimeout: () => 'timeout', onError: () => 'error' })).toBe('timeout');
    const after = await task('d');
    expect(typeof after).toBe('number');
    expect(after).not.toBe(first);
  }, 30_000);

  it('ends an idle thread, and the next task gets a fresh one', async () => {
    await expectFreshThreadAfterPause(keptWorker(echo, { idleMs: 50 }));
  }, 30_000);

  it('starts the thread ahead when warmed, and the first task uses it', async () => {
    const run = keptWorker<number | 'timeout' | 'error'>(startedAt, { idleMs: 5_000 });
    run.warm();
    run.warm(); // a second warm keeps the one thread
    await new Promise((r) => setTimeout(r, 400));
    const sent = Date.now();
    const started = await run('x', { timeoutMs: 2_000, onTimeout: () => 'timeout', onError: () => 'error' });
    expect(typeof started).toBe('number');
    expect(sent - (started as number)).toBeGreaterThanOrEqual(250);
  }, 30_000);

  it('ends a thread that fails between tasks, without ending the process, and the next task gets a fresh one', async () => {
    await expectFreshThreadAfterPause(keptWorker(failsAfterAnswer));
  }, 30_000);
});

/** Two tasks 300 ms apart each get an answer (a thread id), the second from another thread. */
async function expectFreshThreadAfterPause(run: ReturnType<typeof keptWorker<number | 'timeout' | 'error'>>) {
  const task = () => run('x', { timeoutMs: 2_000, onTimeout: () => 'timeout', onError: () => 'error' });
  const first = await task();
  await new Promise((r) => setTimeout(r, 300));
  const second = await task();
  expect(typeof first).toBe('number');
  expect(typeof second).toBe('number');
  expect(second).not.toBe(first);
}

// Answers with the time the thread started.
const startedAt = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort } from 'node:worker_threads';
    const started = Date.now();
    parentPort.on('message', () => parentPort.postMessage(started));
  `)}`,
);

// Answers with its thread's id, then throws outside any task.
const failsAfterAnswer = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort, threadId } from 'node:worker_threads';
    parentPort.on('message', () => { parentPort.postMessage(threadId); setTimeout(() => { throw new Error('later'); }, 50); });
  `)}`,
);
