/*
 * "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42", "Teknik- og Miljøudvalget, 10. september 2019,
 * pkt. 65:": the heading a municipality's case system writes over each body's decision on a case.
 * What follows it is that body's decision; the body and the date name the meeting when the page
 * itself does not.
 */
import { firstDate } from '../text/dates.ts';

const HEADING = /^(\p{Lu}[^,]{2,60}),\s+([^,]{6,25}),\s+pkt\.\s*\d{1,4}\s*:?$/u;

export function committeeHeading(text: string): { body: string; date: string } | null {
  const m = HEADING.exec(text.trim());
  const date = m && firstDate(m[2]);
  return m && date ? { body: m[1].trim(), date } : null;
}
