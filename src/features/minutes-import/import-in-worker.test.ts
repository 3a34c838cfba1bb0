import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMinutesInWorker } from './import-in-worker.ts';

const seed = (name: string) => new Uint8Array(readFileSync(new URL(`../../demo/seeds/${name}`, import.meta.url)));

describe('importMinutesInWorker', () => {
  it('reads minutes in a worker thread, as the main thread would', async () => {
    const result = await importMinutesInWorker(seed('002-helsingoer-raadet.txt'), '002.txt', { maxBytes: 25 * 1024 * 1024 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.minutes.date).toBe('2021-04-07');
    expect(result.minutes.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });

  it("passes the reader's Danish message on for a file that is not minutes", async () => {
    const result = await importMinutesInWorker(new Uint8Array(Buffer.from('a;b;c\n1;2;3\n')), 'tal.csv', { maxBytes: 1024 });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Filen ligner ikke et referat|^Filen er hverken/) });
  });

  it('gives up with a Danish message when reading takes longer than the limit', async () => {
    const result = await importMinutesInWorker(seed('002-helsingoer-raadet.txt'), '002.txt', { maxBytes: 25 * 1024 * 1024, timeoutMs: 1 });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Filen tog for lang tid at læse') });
  });
});
