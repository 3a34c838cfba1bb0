/*
 * The minutes' header: title, meeting date and place. The date is the one under a label
 * ("Mødedato", "Dato", "Tid og sted"), in the title line, or in "afholdt den …" — never a
 * date from the body of an item.
 */
import { findDates, firstDate, WEEKDAYS } from '../text/dates.ts';
import { TITLE_LINE } from './items.ts';
import type { Line } from '../text/reflow.ts';

const DATE_LABEL = /^(?:mødedato|dato|tidspunkt|mødetidspunkt|tid og sted|tid|afholdt|date)\b\.?\s*:?\s*(.*)$/i;
const PLACE_LABEL = /^(?:mødested|mødelokale|sted|lokale|lokation|adresse|tid og sted)\b\.?\s*:?\s*(.*)$/i;
const PLACE_INLINE = /\b(?:mødested|sted|lokale)\s*:\s*(.+?)(?=\s{2,}|\s+\p{Lu}\p{Ll}+:|$)/iu;
const HELD_AT = /\b(?:afholdt|holdt)\b.{0,60}?\s(?:på|hos)\s+(\p{Lu}[^.;]*?)(?:\.\s|\.?$|;)/u;
const DATE_FIRST = new RegExp(`^(?:${WEEKDAYS.source.replace(/^\\b|\\b$/g, '')}\\s+)?(?:den\\s+|d\\.\\s*)?\\d`, 'i');
const HELD = /\b(?:blev\s+)?(?:afholdt|holdt)\s+(?:\S+\s+){0,3}?(?:den|d\.)\s*/gi;

/** A label line's value: on the line, or on the next line when the label stands alone. */
function labelled(lines: Line[], end: number, label: RegExp): { value: string; index: number } | null {
  for (let i = 0; i < end; i++) {
    const m = label.exec(lines[i].text);
    if (!m) continue;
    if (m[1].trim()) return { value: m[1].trim(), index: i };
    if (i + 1 < lines.length && lines[i + 1].text.length < 120) return { value: lines[i + 1].text, index: i + 1 };
  }
  return null;
}

/** The meeting date from the header lines `[0, end)`; "afholdt den …" anywhere as a last resort. */
export function findMeetingDate(lines: Line[], end: number): string | null {
  const head = Math.min(Math.max(end, 0), lines.length);
  const label = labelled(lines, head, DATE_LABEL);
  const fromLabel = label && firstDate(label.value);
  if (fromLabel) return fromLabel;
  for (let i = 0; i < head; i++) {
    if (TITLE_LINE.test(lines[i].text) || /\bmøde\b/i.test(lines[i].text)) {
      const d = firstDate(lines[i].text);
      if (d) return d;
    }
  }
  for (let i = 0; i < head; i++) {
    const d = heldDate(lines[i].text);
    if (d) return d;
  }
  for (let i = 0; i < Math.min(head, 25); i++) {
    if (/\b(?:frist|senest|inden|næste møde)\b/i.test(lines[i].text)) continue;
    const d = firstDate(lines[i].text);
    if (d) return d;
  }
  for (const line of lines) {
    const d = heldDate(line.text);
    if (d) return d;
  }
  return null;
}

/** "Mødet blev afholdt den 3. november 2021" (not "Næste møde afholdes …"). */
function heldDate(text: string): string | null {
  if (/næste/i.test(text)) return null;
  for (const m of text.matchAll(HELD)) {
    const after = m.index + m[0].length;
    const d = findDates(text).find((f) => f.index >= after && f.index <= after + 12);
    if (d) return d.iso;
  }
  return null;
}

/** The meeting place from a "Mødested"/"Sted" label in the header, without date and time. */
export function findPlace(lines: Line[], end: number): string | null {
  const head = Math.min(end, lines.length);
  let value = labelled(lines, head, PLACE_LABEL)?.value ?? null;
  if (!value) {
    for (let i = 0; i < head && !value; i++) value = PLACE_INLINE.exec(lines[i].text)?.[1] ?? null;
  }
  // "Mødet blev afholdt den 3. november 2022 på Roskilde Rådhus."
  for (let i = 0; i < head && !value; i++) value = HELD_AT.exec(lines[i].text)?.[1] ?? null;
  // "Tirsdag d. 7. marts 2023 kl. 10.00-12.00, Randers Rådhus, Byrådssalen": a line of date, time and place.
  for (let i = 0; i < head && !value; i++) {
    const text = lines[i].text;
    const first = findDates(text)[0];
    if (!first || !DATE_FIRST.test(text) || first.index > 20) continue;
    const rest = /^[^,]*\d[^,]*,\s*(\p{Lu}.*)$/u.exec(text.slice(first.index))?.[1];
    if (rest && rest.length <= 100 && !/[.!?]$/.test(rest)) value = rest;
  }
  if (!value) return null;
  for (const d of findDates(value).reverse()) value = value.slice(0, d.index) + value.slice(d.index + d.length);
  const place = value
    .replace(new RegExp(WEEKDAYS.source, 'gi'), '')
    .replace(/\b(?:fra\s+)?kl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?/gi, '')
    .replace(/\b(?:den|d\.)(?=\s|$)/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*\|\s*/g, ', ')
    .replace(/^[\s,.;:–-]+|[\s,;:–-]+$/g, '')
    .trim();
  return place || null;
}

function tidyTitle(text: string): string {
  // "REFERAT Rådet for …" → "Referat – Rådet for …"
  // "REFERAT AF STYRINGSDIALOGMØDE 2023": all in capitals, one sentence, not a label and a name.
  const shouting = text === text.toUpperCase() ? null : /^(REFERAT|DAGSORDEN|MØDEREFERAT|BESLUTNINGSREFERAT)\b\s*(.*)$/.exec(text);
  // "REFERAT · Styringsdialogmøde" (our own export's kicker): no separator of its own after the dash.
  const after = shouting?.[2].replace(/^[·|–:-]\s*/, '');
  let title = shouting ? `${shouting[1][0]}${shouting[1].slice(1).toLowerCase()}${after ? ` – ${after}` : ''}` : text;
  if (title === title.toUpperCase() && /\p{Lu}{4}/u.test(title)) title = title[0] + title.slice(1).toLowerCase();
  return title.replace(/[\s:;,]+$/, '').trim();
}

const GENERIC_TITLE =
  /^(?:mødereferat|referat|beslutningsreferat|dagsorden og referat|referat fra mødet|dagsorden|beslutningsprotokol)(?:\s*[–·:-]\s*(?:styringsdialogmøde|dialogmøde|fællesmøde|møde))?$/i;
/** A title line that does not start with "Referat": "Dialogforum for almene boliger – referat", "Fællesmøde for …". */
const NAMED_TITLE =
  /\breferat\b|^(?:fællesmøde|dialogforum|dialogmøde|temamøde|årsmøde|organisationsbestyrelsesmøde|bestyrelsesmøde|repræsentantskabsmøde|afdelingsmøde|møde i)\b/i;

export type TitleContext = {
  organisation: string | null;
  dialogue: boolean;
  fileName?: string;
};

/**
 * "Referat fra ordinært møde tirsdag den 26. marts 2019 kl. 17.00 i Byrådssalen": the title ends
 * where the date begins; the date and place have fields of their own.
 */
function withoutWhen(title: string): string {
  const first = findDates(title)[0];
  if (!first || first.index < 4) return title;
  // "Rådet for Almene Boligforhold d. 07-04-2021": a date alone at the end names the meeting.
  const before = title.slice(0, first.index);
  if (!title.slice(first.index + first.length).trim() && !new RegExp(`${WEEKDAYS.source}\\s+(?:den|d\\.)?\\s*$`, 'iu').test(before))
    return title;
  const cut = title
    .slice(0, first.index)
    .replace(
      new RegExp(`(?:\\s+(?:der\\s+)?(?:afholdtes|afholdt|holdt))?(?:\\s+${WEEKDAYS.source})?(?:\\s+(?:den|d\\.))?[\\s,]*$`, 'iu'),
      '',
    )
    .trim();
  return cut.length >= 5 ? cut : title;
}

/** "Referat af møde" says only what kind of text it is: the body's name stands on a line above it. */
const GENERIC_MEETING = /^(?:referat|mødereferat)(?:\s+(?:af|fra))?(?:\s+(?:ordinært|ekstraordinært))?(?:\s+møde)?$/i;

/** The title from the header `[0, end)`, or one made from what the minutes are about. */
export function findTitle(lines: Line[], end: number, context: TitleContext): string {
  const title = titleLine(lines, end, context);
  const short = withoutWhen(title);
  if (GENERIC_MEETING.test(short)) {
    const index = lines.findIndex((l) => l.text === title || title.endsWith(l.text));
    const body = lines
      .slice(0, Math.max(index, 0))
      .reverse()
      .find((l) => l.text.length <= 60 && !/\d/.test(l.text) && !/\bkommune\b/i.test(l.text) && !/[.:]$/.test(l.text));
    if (body) return `${tidyTitle(body.text)} – ${short}`;
  }
  return short;
}

function titleLine(lines: Line[], end: number, context: TitleContext): string {
  const head = lines.slice(0, Math.min(Math.max(end, 0), 15));
  const marked = head.find((l) => l.heading);
  const titled =
    head.find((l) => TITLE_LINE.test(l.text) && l.text.length <= 160) ??
    head.find(
      (l) =>
        NAMED_TITLE.test(l.text) &&
        l.text.length <= 160 &&
        !l.bullet &&
        !/[.:]$/.test(l.text) &&
        !/\s\|\s/.test(l.text) &&
        !DATE_LABEL.test(l.text) &&
        !PLACE_LABEL.test(l.text),
    );
  const line = titled ?? marked;
  const withOrganisation = (base: string) => (context.organisation ? `${base} med ${context.organisation}` : base);
  if (line) {
    const title = tidyTitle(line.text);
    if (!GENERIC_TITLE.test(title)) return title;
    // "Referat" alone: the line after it names the meeting ("Styringsdialog 2022 – …").
    const next = head[head.indexOf(line) + 1];
    // "REFERAT" over "Fraværende: …": a label, no name for the meeting; a line above may name it.
    const above = head.slice(0, head.indexOf(line)).find((l) => /\bmøde\b/i.test(l.text) && l.text.length <= 200);
    if (above && (!next || /^\p{Lu}[\p{L} ]{0,30}:/u.test(next.text))) return tidyTitle(above.text);
    if (
      next &&
      !/^\p{Lu}[\p{L} ]{0,30}:/u.test(next.text) &&
      !next.bullet &&
      next.text.length <= 140 &&
      !/[.:]$/.test(next.text) &&
      !DATE_LABEL.test(next.text) &&
      !PLACE_LABEL.test(next.text) &&
      /\p{L}{3}/u.test(next.text)
    ) {
      // "Referat – Styringsdialogmøde" over "Styringsdialogmøde 2021 – Lejerbo Næstved": the kind once.
      const kind = /\s*[–·:-]\s*(\p{L}+)$/u.exec(title);
      const base = kind && next.text.toLowerCase().includes(kind[1].toLowerCase()) ? title.slice(0, kind.index) : title;
      return `${base} – ${tidyTitle(next.text)}`;
    }
    return context.dialogue ? withOrganisation('Referat af styringsdialogmøde') : title;
  }
  if (context.dialogue) return withOrganisation('Referat af styringsdialogmøde');
  const first = head.find(
    (l) =>
      !l.bullet &&
      l.text.length >= 4 &&
      l.text.length <= 120 &&
      !/[.:]$/.test(l.text) &&
      !/\s\|\s/.test(l.text) &&
      !DATE_LABEL.test(l.text) &&
      !PLACE_LABEL.test(l.text),
  );
  if (first) return tidyTitle(first.text);
  const file = context.fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .replace(/[_]+/g, ' ')
    .trim();
  return file || 'Referat';
}
