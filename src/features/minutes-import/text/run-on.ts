/*
 * Text whose line breaks were lost (a page's text on one line, paragraphs run together, as
 * other tools extract PDFs) gets them back where the structure of minutes is unmistakable:
 * before header labels ("Mødedato:", "Til stede:", "Afbud:"), before and after a case's
 * section words ("Beslutning", "Indstilling"), before "a)" entries, and before the longest run
 * of consecutive item numbers ("1. Godkendelse …", "2. Regnskab …"), the title cut from the text
 * after it. Lines of ordinary length are left alone.
 */
import { stripPageMarks } from './pages.ts';

/** A line this long is not one paragraph of minutes but several run together. */
const LONG = 400;
/** Once a text has such lines, shorter ones are taken apart too (the last sentences of a page). */
const RUN_ON = 150;

const LABELS =
  '(?:Mødedato|Mødetidspunkt|Sluttidspunkt|Mødet slut|Starttidspunkt|Mødested|Tidspunkt|Tid og sted|Sted|Dato|Til stede(?: var)?|Tilstede|Ikke til stede|Afbud(?: fra)?|Fraværende|Mødedeltagere|Medlemmer|Deltagere|Gæster|Bemærkninger|Referent|Mødeleder|Næste møde|Sagen afgøres i|Sagsnr\\.?|Dok\\.nr\\.?|J\\.nr\\.|Sagsid\\.|Initialer|Bilag)\\s*:';
const SECTIONS =
  '(?:Beslutning(?:er)?|Indstilling|Sagsfremstilling|Resumé|Resume|Indledning|Baggrund|Åben sag|Lukket sag|Indholdsfortegnelse)';
/** "Beslutning Handicaprådet den 23. november 2015", "Kommunalbestyrelsens møde 25. september 2006": a decision's heading. */
const DECISION_HEADING = new RegExp(
  `(?:Beslutning(?:er)?(?:\\s+i)?\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3}\\s+den|\\p{Lu}\\p{Ll}+s\\s+møde(?:\\s+den)?)\\s+\\d{1,2}\\.\\s*(?:\\p{Ll}+|\\d{1,2}\\.?)\\s*\\d{4}:?`,
  'gu',
);

/** Words that start a sentence after a title run into it ("… dagsorden Dagsordenen blev godkendt."). */
function cutTitle(rest: string): [string, string] {
  const tokens = rest.split(' ');
  const name = (t: string | undefined) => !!t && /^\p{Lu}\p{Ll}+$/u.test(t);
  // "Eventuelt Intet.", "Meddelelser Ingen.": a one-word answer after the title.
  const last = tokens[tokens.length - 1];
  if (tokens.length >= 2 && tokens.length <= 8 && /^\p{Lu}\p{Ll}+[.!]$/u.test(last) && !/[.:;,]$/.test(tokens[tokens.length - 2]))
    return [tokens.slice(0, -1).join(' '), last];
  for (let i = 1; i < Math.min(tokens.length - 2, 16); i++) {
    const [w, a, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    // A label or a section word ends the title; the lines are split there anyway.
    if (/:$/.test(w) || new RegExp(`^${SECTIONS}$`, 'u').test(w)) break;
    // "Meddelelser a) Der afholdes …": the entries start the text.
    if (/^[a-h]\)$/.test(w)) return [tokens.slice(0, i).join(' '), tokens.slice(i).join(' ')];
    if (name(w) && /^\p{Ll}+$/u.test(a) && /^\p{Ll}/u.test(b) && !/[.:;,]$/.test(tokens[i - 1])) {
      // "… årsregnskab 2017 Pia Skov gennemgik …": the sentence starts with the name.
      let start = i;
      while (start > 1 && i - start < 2 && name(tokens[start - 1]) && !/^(?:i|på|for|af|til|med|ved|om|fra|og)$/.test(tokens[start - 2]))
        start--;
      return [tokens.slice(0, start).join(' '), tokens.slice(start).join(' ')];
    }
    if (/[.!?]$/.test(w)) break;
  }
  return [rest, ''];
}

/**
 * "… København K Bestyrelsen Bjørn Petersen, …", "Afbud Karen Levin Nielsen": a participant list's
 * heading without its colon, before a name (two capitalised words).
 */
const ROSTER_WORD =
  /\s(Bestyrelsen|Organisationsbestyrelsen|Mødedeltagere|Deltagere|Til stede|Afbud|Fraværende|Gæster(?: fra \p{Lu}[\p{L}-]*)?)\s+(?=(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?\p{Lu})/gu;
/** "… og Rasmus Riley KAB Kundedirektør Margrete Pump, …": an organisation's people after its acronym, in a participant list. */
const GROUP_ACRONYM = /(?<=\p{Ll}) (\p{Lu}{2,6}) (?=\p{Lu}\p{Ll}+ (?:\p{Lu}|\p{Ll}+ \p{Lu}))/gu;

/** A participant list's line run together with the next group's: a group per line. */
function splitGroups(line: string): string {
  if (!/^(?:Bestyrelsen|Organisationsbestyrelsen|Mødedeltagere|Deltagere|Til stede):/.test(line)) return line;
  return line.replace(GROUP_ACRONYM, '\nFra $1: ');
}

type Mark = { at: number; number: number };

/** The longest run of consecutive numbers among "N. Capital" marks, in order. */
function longestRun(marks: Mark[]): Mark[] {
  const length: number[] = [];
  const previous: number[] = [];
  marks.forEach((m, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = i - 1; j >= 0; j--)
      if (marks[j].number === m.number - 1 && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
  });
  let end = -1;
  length.forEach((l, i) => {
    if (end < 0 || l > length[end]) end = i;
  });
  const run: Mark[] = [];
  for (let i = end; i >= 0; i = previous[i]) run.unshift(marks[i]);
  if (run.length >= 2) return run;
  // A single page of minutes holds one item: its "1." is the only mark ("Indholdsfortegnelse 1. Protokollat …").
  const one = marks.filter((m) => m.number === 1);
  return one.length === 1 ? one : [];
}

const ITEM_MARK = /(^|[\s.:])((\d{1,3})\.\s+)(?=\p{Lu}\p{Ll})/gu;

/** Labels and section words inside a line, not at its start: the mark of text whose breaks were lost. */
const MID_LINE = new RegExp(`\\S\\s+(?:${LABELS}|${SECTIONS}\\s+\\p{Lu})|[.!?]\\s+\\d{1,3}\\.\\s+\\p{Lu}\\p{Ll}`, 'gu');

/**
 * Run-on text that a PDF then wrapped ("… Mødedato: Mandag den 23. november 2015 Mødetidspunkt:" /
 * "Sluttidspunkt: …"): its wrapped lines are joined into paragraphs first, hyphenation undone,
 * so that splitRunOn sees what the other tool extracted.
 */
function unwrapRunOn(lines: string[]): string[] {
  const hits = lines.reduce((n, l) => n + (l.match(MID_LINE)?.length ?? 0), 0);
  const text = lines.filter((l) => l.trim()).length;
  if (hits < 4 || hits < text / 4 || lines.some((l) => l.length > LONG)) return lines;
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      if (current) out.push(current);
      out.push('');
      current = '';
      continue;
    }
    current = !current ? t : /\p{Ll}-$/u.test(current) && /^\p{Ll}/u.test(t) ? current.slice(0, -1) + t : `${current} ${t}`;
  }
  if (current) out.push(current);
  return out;
}

export function splitRunOn(text: string): string {
  // Page marks before and after unwrapping: a PDF made from one-line pages wraps each page into a paragraph.
  const lines = stripPageMarks(unwrapRunOn(stripPageMarks(text).split('\n')).join('\n')).split('\n');
  // A long line, or a shorter one holding three labels or item numbers: several lines run together.
  const runOn = (l: string) => l.length > LONG || (l.length > RUN_ON && (l.match(MID_LINE)?.length ?? 0) >= 3);
  if (!lines.some(runOn)) return text;
  // Item numbers in the long lines, across the whole text: a run of them is the items.
  const marks: (Mark & { line: number })[] = [];
  lines.forEach((l, line) => {
    if (l.length <= RUN_ON) return;
    for (const m of l.matchAll(ITEM_MARK)) {
      const before = l.slice(Math.max(0, m.index - 12), m.index + m[1].length);
      // "kl. 17. Der", "pkt. 4. Resumé", "side 3. Det": no item number.
      // A whole word only: "Dagsorden 1. Godkendelse" and "Afbud 1." end in "den" and "d", but are no such word.
      if (/(?:^|[^\p{L}])(?:kl|pkt|nr|side|stk|den|d)\.?\s*$/iu.test(before)) continue;
      marks.push({ at: m.index + m[1].length, number: +m[3], line });
    }
  });
  const run = longestRun(marks);
  const starts = new Map<number, number[]>();
  for (const m of run as (Mark & { line: number })[]) starts.set(m.line, [...(starts.get(m.line) ?? []), m.at]);
  return lines
    .map((line, index) => {
      if (line.length <= RUN_ON) return line;
      let parts: string[] = [line];
      const at = starts.get(index) ?? [];
      if (at.length) {
        parts = [];
        let from = 0;
        for (const a of at) {
          parts.push(line.slice(from, a));
          from = a;
        }
        parts.push(line.slice(from));
        parts = parts.flatMap((p, k) => {
          if (k === 0) return [p];
          const m = /^(\d{1,3}\.\s+)(.*)$/su.exec(p.trim());
          if (!m) return [p];
          const [title, after] = cutTitle(m[2]);
          return after ? [m[1] + title, after] : [p];
        });
      }
      return parts
        .map((p) =>
          p
            .replace(new RegExp(`\\s(${LABELS})`, 'gu'), '\n$1')
            .replace(new RegExp(`\\s(${SECTIONS})(?::\\s*|\\s+)(?=\\p{Lu})`, 'gu'), (_, s: string) => `\n${s}\n`)
            // "Beslutning" over "Handicaprådet den 23. november 2015": one heading again, on a line of its own.
            .replace(/(Beslutning(?:er)?)\n(?=(?:i\s+)?\p{Lu}[^\n]{0,60}?\sden\s+\d)/gu, '$1 ')
            .replace(DECISION_HEADING, (h) => `\n${h}\n`)
            .replace(/\s([a-h]\)\s+)(?=\p{Lu})/gu, '\n$1')
            // "Til stede: Fra Boligselskabet Djursland: Niels Bonde …. Fra Syddjurs Kommune: …": a group each.
            .replace(/(?<=[:.])\s+(Fra\s+\p{Lu}[^:.]{1,50}:)/gu, '\n$1')
            .replace(/\s(Punkt \d{1,3}:)/gu, '\n$1')
            .replace(ROSTER_WORD, '\n$1: ')
            .replace(/\s(Indholdsfortegnelse)(?=\s|$)/gu, '\n$1\n'),
        )
        .join('\n')
        .replace(/\n\s*\n/g, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .split('\n')
        .map(splitGroups)
        .join('\n');
    })
    .join('\n');
}
