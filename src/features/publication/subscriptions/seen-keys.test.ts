import { describe, expect, it } from 'vitest';
import { nextSeenKeys } from './seen-keys.ts';

describe('nextSeenKeys', () => {
  it('keeps every key still public and adds the fresh ones', () => {
    expect(nextSeenKeys(['a', 'b'], ['a', 'b', 'c'], ['c'])).toEqual(['a', 'b', 'c']);
  });

  it('keeps only the most recently gone keys, the oldest gone dropped first', () => {
    const seen = ['old1', 'old2', 'pub1', 'pub2'];
    // pub1 has just left the public pages; old1 and old2 left before it.
    expect(nextSeenKeys(seen, ['pub2', 'new'], ['new'], 2)).toEqual(['old2', 'pub1', 'pub2', 'new']);
    expect(nextSeenKeys(seen, ['pub2', 'new'], ['new'], 0)).toEqual(['pub2', 'new']);
  });

  it('stays bounded over many digests: still public plus the kept gone keys', () => {
    let seen: string[] = [];
    for (let day = 0; day < 1000; day++) {
      // Ten entries public at a time, one new a day; the oldest leaves.
      const publicNow = Array.from({ length: 10 }, (_, i) => `k${day + i}`);
      const fresh = publicNow.filter((k) => !seen.includes(k));
      seen = nextSeenKeys(seen, publicNow, fresh, 50);
      expect(seen.length).toBeLessThanOrEqual(10 + 50);
      for (const k of publicNow) expect(seen).toContain(k);
    }
    expect(seen).toContain('k958');
    expect(seen).not.toContain('k0');
  });
});
