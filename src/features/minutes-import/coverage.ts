/*
 * Nothing silently lost: which of the input's words the result holds. The preview and the
 * command line's JSON show the characters read and placed; the corpus test asks for 99 % on
 * every file.
 */
import type { ImportedItem, ImportedMinutes } from './types.ts';

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every string of the result, the items' texts, decisions and actions included. */
export function resultText(m: Omit<ImportedMinutes, 'coverage'>): string {
  const item = (i: ImportedItem): string[] => [
    i.number ?? '',
    i.title,
    i.text,
    ...i.decisions,
    ...i.actions.flatMap((a) => [a.text, a.responsible ?? '']),
    ...i.items.flatMap(item),
  ];
  const person = (p: { name: string; title: string | null }) => [p.name, p.title ?? ''];
  return [
    m.title,
    m.header,
    m.place ?? '',
    m.municipality ?? '',
    ...m.organisations,
    ...m.participants.flatMap(person),
    ...m.absent.flatMap(person),
    ...m.items.flatMap(item),
    m.other,
  ].join('\n');
}

export type WordCoverage = { read: number; placed: number; lost: string[] };

/** Characters of the input's words (each occurrence once) and of those the output holds. */
/** Removed on purpose: the word before an item's number ("Punkt 3", "Ad 2", "Sag nr. 162"), which the number stands for. */
const ITEM_LABEL = /^[ \t•\-–]*(?:dagsordens)?(?:punkt|pkt\.?|ad\.?|sag\s*nr\.?)(?=\s*\d)/gim;

export function wordCoverage(input: string, output: string): WordCoverage {
  input = input.replace(ITEM_LABEL, '');
  const have = new Map<string, number>();
  for (const w of words(output)) have.set(w, (have.get(w) ?? 0) + 1);
  let read = 0;
  let placed = 0;
  const lost: string[] = [];
  for (const w of words(input)) {
    read += w.length;
    const n = have.get(w) ?? 0;
    if (n > 0) {
      placed += w.length;
      have.set(w, n - 1);
    } else lost.push(w);
  }
  return { read, placed, lost };
}
