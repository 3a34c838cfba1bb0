/*
 * The preview's items are flat form fields `item-<i>-<field>`; a sub-item points at its parent's
 * index. These name the fields and number the items as the preview shows them.
 */
import type { FormValues } from '../../../lib/forms.ts';

export const MAX_ITEMS = 300;
export const ITEM_FIELDS = ['number', 'parent', 'title', 'text', 'decisions', 'actions', 'skip'] as const;
export const itemField = (i: number, field: (typeof ITEM_FIELDS)[number]) => `item-${i}-${field}`;

/** A sub-item's parent: an earlier top-level item. Anything else in the hidden field is read as a top-level item. */
export function parentOf(values: FormValues, i: number): number | null {
  const raw = values[itemField(i, 'parent')] ?? '';
  if (!/^\d{1,4}$/.test(raw) || Number(raw) >= i) return null;
  const p = Number(raw);
  return parentOf(values, p) === null ? p : null;
}

const letter = (j: number) => (j < 26 ? String.fromCharCode(97 + j) : String(j + 1));

/** The preview's own numbers for its items ("1", "1.a"), used in legends and messages. */
export function previewNumbers(values: FormValues): string[] {
  const count = itemCountOf(values);
  const labels: string[] = [];
  const subs = new Map<number, number>();
  let top = 0;
  for (let i = 0; i < count; i++) {
    const parent = parentOf(values, i);
    if (parent === null) labels.push(String(++top));
    else {
      const j = subs.get(parent) ?? 0;
      subs.set(parent, j + 1);
      labels.push(`${labels[parent]}.${letter(j)}`);
    }
  }
  return labels;
}

export const itemCountOf = (values: FormValues) => Math.max(0, Math.min(MAX_ITEMS, Number.parseInt(values.itemCount ?? '0', 10) || 0));
