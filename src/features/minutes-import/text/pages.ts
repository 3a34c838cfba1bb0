/*
 * The marks a page leaves in text extracted one line per page (docplayer's transcripts, some PDF
 * tools): the page's number before its text ("2 Økonomiudvalget, …"), and "Side 3 af 47" or a
 * running "Side 85" inside the line. They are no part of the minutes; left in, a page's "1 " and
 * "2 " read as items. Only lines long enough to be a page are touched, and a leading number only
 * when the pages count up from it (1, 2, 3 … or a single page 1).
 */

/** A line this long is a page run together, not a line of minutes. */
const PAGE_LINE = 150;
const LEADING = /^(\d{1,4}) (?=\S)/;
/** "Side 3 af 47", "Side 85" before a capitalised word or at the end: the page's number. */
const SIDE = /(?:^|\s)Side \d{1,4}(?: (?:af|\/) \d{1,4})?(?=\s+\p{Lu}|\s*$)/gu;

export function stripPageMarks(text: string): string {
  const lines = text.split('\n');
  const pages = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.length > PAGE_LINE);
  if (!pages.length) return text;
  // The leading numbers of the page lines, counting up by one from the first.
  const numbers = pages.map(({ l }) => LEADING.exec(l)?.[1]);
  const first = Number(numbers[0]);
  const given = numbers.filter((n) => n !== undefined).length;
  // Several pages numbered one up from the other, or a single page 1.
  const counted =
    numbers[0] !== undefined &&
    numbers.every((n, k) => n === undefined || Number(n) === first + k) &&
    (pages.length > 1 ? given >= 2 : first === 1);
  for (const [k, { l, i }] of pages.entries()) {
    let line = l;
    if (counted && numbers[k] !== undefined) line = line.replace(LEADING, '');
    lines[i] = line.replace(SIDE, '\n').replace(/^\n+|\n+$/g, '');
  }
  return lines.join('\n');
}
