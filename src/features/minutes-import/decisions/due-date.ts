import { endOf, findDates } from '../text/dates.ts';

const DUE_WORDS = /\b(?:senest|inden|før|frist(?:en)?(?:\s+er)?|deadline|tidsfrist|til og med)\s*:?\s*(?:den\s+|d\.\s*)?/gi;

/** A due date stated in `text` ("senest 1. marts 2023", "inden d. 15/4-2022", "frist: …", "inden udgangen af 2023"). */
export function dueDate(text: string, reference: string | null): string | null {
  const end = /udgangen af\s+(?:(\p{L}+)\.?\s+)?(\d{4})/iu.exec(text);
  for (const m of text.matchAll(DUE_WORDS)) {
    const after = m.index + m[0].length;
    if (end && end.index >= m.index && end.index <= after + 2) return endOf(end[1] ?? null, +end[2]);
    const d = findDates(text, { partial: true, reference }).find((f) => f.index >= after && f.index <= after + 3);
    if (d && (d.hasYear || reference)) return d.iso;
  }
  return null;
}
