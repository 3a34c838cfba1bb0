/** The lines the PDF, the DOCX and the HTML of a document share, so the three read the same. */
import { TIME_ZONE as TZ } from '../copenhagen-time.ts';
import type { WrittenColumn, WrittenDocument } from './model.ts';

// Intl as in src/ui/format.ts: date-fns/format and its locale cost ~0.3 s to load on a cold start.
const partsFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: TZ,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Danish calendar day ("2. marts 2022"), weekday and time ("10.00") of an instant, in Danish time. */
export function danishMoment(iso: string) {
  const p = Object.fromEntries(partsFormat.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { weekday: p.weekday, date: `${p.day}. ${p.month} ${p.year}`, time: `${p.hour}.${p.minute}` };
}

/** "3. december 2026 kl. 14.05". */
export function dateTimeText(iso: string): string {
  const d = danishMoment(iso);
  return `${d.date} kl. ${d.time}`;
}

export const generatedText = (iso: string) => `Dokumentet er dannet ${dateTimeText(iso)}.`;

export const kicker = (doc: WrittenDocument) => doc.kindLabel.toUpperCase();

/** The document's own meta lines, then its status and version. */
export function statusMeta(doc: WrittenDocument): { label: string; value: string }[] {
  const lines = [...doc.meta];
  if (doc.status) lines.push({ label: 'Status', value: doc.status });
  if (doc.version !== null) lines.push({ label: 'Version', value: String(doc.version) });
  return lines;
}

/** A table's headers, its columns' shares of the text width and their alignment, as both renderers' `table` takes them. */
export function tableColumns(columns: WrittenColumn[]) {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  return { headers: columns.map((c) => c.label), widths: columns.map((c) => c.width / total), align: columns.map((c) => c.align) };
}
