import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const linux = (() => {
  try {
    return readlinkSync('/proc/thread-self').includes('/task/');
  } catch {
    return false;
  }
})();

describe('yieldToRequests', () => {
  it.runIf(linux)('lowers the worker thread to nice 10 and leaves the main thread as it was', async () => {
    const module = new URL('./thread-priority.ts', import.meta.url).href;
    const before = getPriority();
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { readlinkSync } = require('node:fs');
       const { getPriority } = require('node:os');
       import(${JSON.stringify(module)}).then(({ yieldToRequests }) => {
         yieldToRequests();
         const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
         parentPort.postMessage(getPriority(tid));
       });`,
      { eval: true },
    );
    const priority = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(priority).toBe(10);
    expect(getPriority()).toBe(before);
  });
});
