/*
 * What the parser read becomes the preview's field values, which the user corrects. The meetings
 * feature numbers two levels, so deeper items become sub-items of their top-level item.
 */
import { z } from 'zod';
import { formValues, type FormValues } from '../../../lib/forms.ts';
import { formatDate } from '../../../ui/format.ts';
import { isFormalCase, unshownHeader, type ImportedItem, type ImportedMinutes } from '../../minutes-import/index.ts';
import { MEETING_KINDS } from '../tables.ts';
import { itemField, MAX_ITEMS } from './item-fields.ts';
import { actionToLine, decisionToLine, participantToLine } from './lines.ts';
import { countNoun } from '../../../lib/plural.ts';

export type Option = { value: string; label: string };
export type Targets = { organisations: Option[]; fora: Option[] };
/** What the user chose on the upload form; empty when left to the preview. */
export type Choice = { kind: string; organisationId: string; forumId: string };

/** The upload form's selects, kept only when they are among the options. */
export function uploadChoice(body: Record<string, unknown>, targets: Targets): Choice {
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const kind = (MEETING_KINDS as readonly string[]).includes(str('kind')) ? str('kind') : '';
  const organisationId = targets.organisations.some((o) => o.value === str('organisationId')) ? str('organisationId') : '';
  const forumId = targets.fora.some((o) => o.value === str('forumId')) ? str('forumId') : '';
  return { kind, organisationId, forumId };
}

const norm = (s: string) => s.toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();

/** The one option whose name equals, contains or is contained in one of `names`; '' when none or several. */
export function matchOption(names: string[], options: Option[]): string {
  for (const raw of names) {
    const name = norm(raw);
    if (name.length < 3) continue;
    const exact = options.filter((o) => norm(o.label) === name);
    if (exact.length === 1) return exact[0].value;
    const near = options.filter((o) => norm(o.label).includes(name) || name.includes(norm(o.label)));
    if (near.length === 1) return near[0].value;
  }
  return '';
}

/** Items in reading order with their level (1 or 2) and the index of their top-level item. */
/** "Tegn læst: 12.345, placeret: 12.300 (99,6 %).": nothing the file held is silently left out. */
function placedSummary(c: { read: number; placed: number }): string {
  if (!c.read) return '';
  const n = (x: number) => x.toLocaleString('da-DK');
  const share = ((100 * c.placed) / c.read).toLocaleString('da-DK', { maximumFractionDigits: 1 });
  return `Tegn læst: ${n(c.read)}, placeret: ${n(c.placed)} (${share} %).`;
}

function flattenItems(items: ImportedItem[]): { item: ImportedItem; level: 1 | 2; parent: number | null; deep: boolean }[] {
  const out: { item: ImportedItem; level: 1 | 2; parent: number | null; deep: boolean }[] = [];
  const walk = (list: ImportedItem[], top: number | null, depth: number) => {
    for (const item of list) {
      const index = out.length;
      out.push({ item, level: top === null ? 1 : 2, parent: top, deep: depth > 2 });
      walk(item.items, top ?? index, depth + 1);
    }
  };
  walk(items, null, 1);
  return out;
}

/** Meetings of the municipality the file may already have become (same file name, or same title and date). */
export type EarlierImport = { id: number; title: string; date: string | null };
export type ReadSummary = { summary: string; notes: string[]; earlier?: EarlierImport[] };
const readSummarySchema = z.object({
  summary: z.string().max(500),
  notes: z.array(z.string().max(500)).max(12),
  earlier: z
    .array(z.object({ id: z.number().int(), title: z.string().max(300), date: z.string().max(10).nullable() }))
    .max(5)
    .optional(),
});

/** Adds the meetings the file may already have become to the summary carried by the form. */
export function withEarlierImports(values: FormValues, earlier: EarlierImport[]): FormValues {
  const read = readSummaryOf(values);
  if (!read || earlier.length === 0) return values;
  return { ...values, readSummary: JSON.stringify({ ...read, earlier: earlier.slice(0, 5) } satisfies ReadSummary) };
}

/** The summary above the preview, carried through the form as JSON so it survives a failed save. */
export function readSummaryOf(values: FormValues): ReadSummary | null {
  try {
    const parsed = readSummarySchema.safeParse(JSON.parse(values.readSummary ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Years of old minutes would otherwise bring every action item back on the next agendas as
 * open. Minutes more than a year old are taken to be followed up; newer ones, or undated ones,
 * keep their action items open. The user decides on the preview.
 */
export function actionsLikelyDone(date: string | null, today: Date): boolean {
  if (!date) return false;
  const yearAgo = new Date(today);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  return date < yearAgo.toISOString().slice(0, 10);
}

/** The form values of the preview, pre-filled with what was read and what the user chose. */
export function previewValues(
  minutes: ImportedMinutes,
  opts: { fileName: string; choice: Choice; targets: Targets; municipalityName: string; startTime?: string | null; today?: Date },
): FormValues {
  const { choice, targets } = opts;
  const forumInTitle = matchOption(
    [minutes.title],
    targets.fora.filter((f) => norm(minutes.title).includes(norm(f.label))),
  );
  const organisationId = choice.organisationId || matchOption(minutes.organisations, targets.organisations);
  const forumId = choice.forumId || forumInTitle;
  // A standing body in the title ("Rådet for Almene Boligforhold", "Dialogforum") makes a forum's
  // meeting even when the municipality has no forum of that name to choose.
  const forumLike = /\b(?:dialogforum|forum|rådet for|partnerskab)/i.test(minutes.title);
  const kind =
    choice.kind ||
    (forumInTitle || forumLike ? 'forum' : organisationId ? 'dialogmoede' : /fællesmøde/i.test(minutes.title) ? 'faellesmoede' : '');
  // Text the reader could not place in an item stays visible as an item of its own to edit or delete.
  // The header's text that no field shows ("Bemærkninger: …", "Note: …") goes with it, or else
  // above the first item's text: the figure of characters placed counts the header, so the user
  // must see all of it, and keep or delete it.
  const rest = unshownHeader(minutes);
  const other: ImportedItem[] = minutes.other
    ? [{ number: null, title: 'Øvrigt', text: [rest, minutes.other].filter(Boolean).join('\n\n'), decisions: [], actions: [], items: [] }]
    : [];
  const flat = flattenItems([...other, ...minutes.items]);
  if (rest && !other.length && flat.length)
    flat[0] = {
      ...flat[0],
      item: { ...flat[0].item, text: [`Fra mødets hoved:\n${rest}`, flat[0].item.text].filter(Boolean).join('\n\n') },
    };
  const values: FormValues = {
    fileName: opts.fileName,
    kind,
    organisationId,
    forumId,
    title: minutes.title.slice(0, 200),
    date: minutes.date ?? '',
    startTime: minutes.date ? (opts.startTime ?? '') : '',
    place: minutes.place ?? '',
    participants: minutes.participants.map(participantToLine).join('\n'),
    absent: minutes.absent.map(participantToLine).join('\n'),
    itemCount: String(Math.min(flat.length, MAX_ITEMS)),
    actionsDone: actionsLikelyDone(minutes.date, opts.today ?? new Date()) ? 'on' : '',
  };
  flat.slice(0, MAX_ITEMS).forEach(({ item, parent }, i) => {
    values[itemField(i, 'number')] = item.number ?? '';
    values[itemField(i, 'parent')] = parent === null ? '' : String(parent);
    values[itemField(i, 'title')] = item.title;
    values[itemField(i, 'text')] = item.text;
    values[itemField(i, 'decisions')] = item.decisions.map(decisionToLine).join('\n');
    values[itemField(i, 'actions')] = item.actions.map(actionToLine).join('\n');
  });

  const subItems = flat.filter((f) => f.level === 2).length;
  const summary =
    [
      `Læst: ${countNoun(flat.length, 'punkt', 'punkter')}${subItems ? ` (heraf ${countNoun(subItems, 'underpunkt', 'underpunkter')})` : ''}`,
      countNoun(minutes.participants.length, 'deltager', 'deltagere') +
        (minutes.absent.length ? ` og ${minutes.absent.length} fraværende` : ''),
      minutes.date ? `dato ${formatDate(minutes.date)}` : 'ingen dato',
    ].join(', ') +
    '. ' +
    placedSummary(minutes.coverage);
  const notes: string[] = [...minutes.warnings];
  if (other.length)
    notes.push(
      'Tekst, som importen ikke kunne placere i et punkt, står under „Øvrigt“. Flyt den til det rigtige punkt, eller slet punktet.',
    );
  if (rest && !other.length && flat.length)
    notes.push('Tekst fra mødets hoved, som ikke står i et af felterne, er sat ind øverst i første punkts tekst. Ret eller slet den.');
  if (!minutes.date) notes.push('Referatet har ingen mødedato, som importen kunne finde. Skriv datoen, hvis du kender den.');
  if (!minutes.participants.length) notes.push('Der er ingen deltagerliste i referatet. Skriv deltagerne, hvis du kender dem.');
  if (!flat.length) notes.push('Der blev ikke fundet nogen dagsordenspunkter i referatet.');
  if (flat.length > MAX_ITEMS)
    notes.push(
      `Referatet har ${countNoun(flat.length, 'punkt', 'punkter')}; kun de første ${countNoun(MAX_ITEMS, 'punkt', 'punkter')} kan importeres.`,
    );
  const sideless = [...minutes.participants, ...minutes.absent].filter((p) => p.side === null).length;
  if (sideless)
    notes.push(
      `${countNoun(sideless, 'person', 'personer')} på deltagerlisterne står uden side i referatet og gemmes under øvrige, medmindre du skriver kommune eller boligorganisation.`,
    );
  const formal = flat.filter((f) => isFormalCase(f.item.text)).length;
  if (formal)
    notes.push(
      `${countNoun(formal, 'punkt', 'punkter')} er skrevet som en formel sag (sagsnummer, „Sagen afgøres i“, Indledning … Indstilling) og gemmes med de afsnit.`,
    );
  if (flat.some((f) => f.deep)) notes.push('Punkter på tredje niveau og dybere er lagt ind som underpunkter til deres hovedpunkt.');
  if (minutes.municipality && !norm(minutes.municipality).includes(norm(opts.municipalityName).replace(/ kommune$/, ''))) {
    notes.push(`Referatet nævner ${minutes.municipality}, men du importerer det til ${opts.municipalityName}.`);
  }
  if (minutes.organisations.length && !organisationId && kind !== 'forum' && kind !== 'faellesmoede') {
    notes.push(
      `Referatet nævner ${minutes.organisations.join(', ')}, men ingen af kommunens boligorganisationer kunne kendes entydigt. Vælg boligorganisationen.`,
    );
  }
  values.readSummary = JSON.stringify({ summary, notes } satisfies ReadSummary);
  // What a file holds may include characters a form never sends back (NUL, other controls).
  return formValues(values);
}
