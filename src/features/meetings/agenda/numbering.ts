/*
 * Item numbers follow from the order: top-level items "1", "2", …; sub-items "1.a", "1.b".
 * They are computed, never stored, so moving an item renumbers the rest.
 */

export type Ordered = { id: number; parentId: number | null; position: number };
export type Numbered<T> = T & { number: string; children: Numbered<T>[] };

const letter = (i: number): string => {
  // a … z, then aa, ab … for the rare agenda with more than 26 sub-items
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
};

/** The items as a numbered tree, siblings by position then id. Orphans (a deleted parent) go to the top. */
export function numberItems<T extends Ordered>(items: T[]): Numbered<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const byParent = new Map<number | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), item]);
  }
  const sorted = (list: T[] = []) => [...list].sort((a, b) => a.position - b.position || a.id - b.id);
  return sorted(byParent.get(null)).map((top, i) => {
    const number = String(i + 1);
    return {
      ...top,
      number,
      children: sorted(byParent.get(top.id)).map((sub, j) => ({ ...sub, number: `${number}.${letter(j)}`, children: [] })),
    };
  });
}

/** The tree flattened in reading order: 1, 1.a, 1.b, 2, … */
export function flatten<T>(tree: Numbered<T>[]): Numbered<T>[] {
  return tree.flatMap((item) => [item, ...flatten(item.children)]);
}
