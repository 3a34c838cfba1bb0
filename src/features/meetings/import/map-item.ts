import { readItem } from '../../minutes-import/index.ts';
import { THEME_LABELS } from '../labels.ts';
import { ITEM_LIMITS } from '../schemas.ts';
import type { Theme } from '../tables.ts';
import type { ImportItemInput } from './form.ts';

const THEME_BY_LABEL = new Map(Object.entries(THEME_LABELS).map(([key, label]) => [label.toLocaleLowerCase('da-DK'), key as Theme]));

/** A printed theme as one of ours; "Tema:" marks the line as ours even for a theme this installation does not know. */
export const themeOf = (label: string | null): Theme | null =>
  label === null ? null : (THEME_BY_LABEL.get(label.toLocaleLowerCase('da-DK')) ?? 'andet');

/**
 * An item of the preview as saved: the reader reads its structure from the text (a formal part
 * longer than the item form allows is not taken as one: the text stays minutes); this maps it
 * to the item's fields and decisions.
 */
export function mapItem(item: ImportItemInput) {
  const read = readItem(item.notes, item.decisions, ITEM_LIMITS);
  const base = { closed: read.closed, theme: themeOf(read.themeLabel), caseNumber: read.caseNumber, text: read.text, notes: read.notes };
  return {
    fields: read.formal ? { ...base, ...read.formal } : base,
    decisions: read.decisions,
  };
}
