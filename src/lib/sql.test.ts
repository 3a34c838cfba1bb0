import { describe, expect, it } from 'vitest';
import { pagedTotal } from './sql.ts';

describe('pagedTotal', () => {
  const counted = (n: number) => async () => n;
  it('takes the total from a page that is neither empty nor full, and from an empty first page', async () => {
    expect(await pagedTotal(3, 1, 25, counted(99))).toBe(3);
    expect(await pagedTotal(0, 1, 25, counted(99))).toBe(0);
    expect(await pagedTotal(7, 3, 25, counted(99))).toBe(57);
  });
  it('counts when the page is full or past the end', async () => {
    expect(await pagedTotal(25, 1, 25, counted(30))).toBe(30);
    expect(await pagedTotal(0, 4, 25, counted(30))).toBe(30);
  });
});
