import { describe, expect, it } from 'vitest';
import { flatten, numberItems } from './numbering.ts';

const item = (id: number, position: number, parentId: number | null = null) => ({ id, position, parentId });

describe('numberItems', () => {
  it('numbers top-level items by position and sub-items with letters', () => {
    const tree = numberItems([item(5, 2), item(3, 1), item(7, 1, 3), item(8, 0, 3), item(9, 0, 5)]);
    expect(flatten(tree).map((i) => [i.id, i.number])).toEqual([
      [3, '1'],
      [8, '1.a'],
      [7, '1.b'],
      [5, '2'],
      [9, '2.a'],
    ]);
  });

  it('breaks ties of position by id, so numbers are stable', () => {
    expect(flatten(numberItems([item(2, 0), item(1, 0)])).map((i) => i.number + ':' + i.id)).toEqual(['1:1', '2:2']);
  });

  it('goes on after z with aa, ab', () => {
    const subs = Array.from({ length: 28 }, (_, i) => item(100 + i, i, 1));
    const numbers = flatten(numberItems([item(1, 0), ...subs])).map((i) => i.number);
    expect(numbers.slice(25, 29)).toEqual(['1.y', '1.z', '1.aa', '1.ab']);
  });

  it('puts a sub-item whose parent is gone at the top level', () => {
    expect(flatten(numberItems([item(1, 0), item(2, 5, 99)])).map((i) => i.number)).toEqual(['1', '2']);
  });
});
