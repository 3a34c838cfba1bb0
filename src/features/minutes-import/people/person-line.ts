/*
 * A line of a list of people: "Christian Fries, forretningsfører, Boligkontoret Danmark",
 * "Jens Hansen – formand", "Lena Andersen (formand)". In a PDF such a list has no blank lines
 * between its entries, and a long entry is as wide as wrapped text: reflow.ts asks here so that
 * two people in a row are never joined into one paragraph.
 */
import { isName } from './participants.ts';

/** The name before ", ", " – " or " (" and the rest of the line after it. */
const ENTRY = /^(\p{Lu}[^,()–—]{2,60}?)(?:,\s+|\s+[-–—]\s+|\s*\()(\S.*)$/u;

/** The line starts with a person's name followed by a title (not a sentence about them: "Lars Olsen, som …"). */
export function isPersonLine(text: string): boolean {
  const m = ENTRY.exec(text);
  if (!m || !isName(m[1])) return false;
  // "Lena Andersen, som bød velkommen …": a lowercase word that starts a clause is prose.
  if (/^(?:som|der|og|at|men|hvis|da|mens|hvor|efter|fordi|selv)\b/i.test(m[2]) || /[.!?]\s+\p{Lu}/u.test(m[2])) return false;
  // "Palle Wørmann, Kristina Kongsted, Mette" / "Lene Jensen, …": names only, one list wrapped over lines.
  return !isName(m[2].split(/,/)[0].trim());
}
