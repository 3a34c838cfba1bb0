/*
 * The import preview as a form: what the parser read becomes field values the user corrects
 * (`previewValues`), and the posted fields become a checked `ImportInput` or field errors with
 * Danish messages (`parsePreview`). Items are flat fields `item-<i>-<field>`; sub-items point at
 * their parent's index. The meetings feature numbers two levels, so deeper items become
 * sub-items of their top-level item.
 */
import { z } from 'zod';
import { cleanFileName } from '../../../lib/file-names.ts';
import { checkbox, formValues, optionalDate, optionalText, requiredText, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import { formatDate } from '../../../ui/format.ts';
import { isFormalCase, type ImportedItem, type ImportedMinutes } from '../../minutes-import/index.ts';
import { multiline, optionalId, time } from '../schemas.ts';
import { MEETING_KINDS, type MeetingKind } from '../tables.ts';
import {
  actionToLine,
  decisionToLine,
  parseActions,
  parseDecisions,
  parseParticipants,
  participantToLine,
  type ActionLine,
  type ParticipantLine,
} from './lines.ts';

export type Option = { value: string; label: string };
export type Targets = { organisations: Option[]; fora: Option[] };
/** What the user chose on the upload form; empty when left to the preview. */
export type Choice = { kind: string; organisationId: string; forumId: string };

export const MAX_ITEMS = 300;
export const ITEM_FIELDS = ['number', 'parent', 'title', 'text', 'decisions', 'actions', 'skip'] as const;
export const itemField = (i: number, field: (typeof ITEM_FIELDS)[number]) => `item-${i}-${field}`;

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  const flat = flattenItems(minutes.items);
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
      `Læst: ${plural(flat.length, 'punkt', 'punkter')}${subItems ? ` (heraf ${plural(subItems, 'underpunkt', 'underpunkter')})` : ''}`,
      plural(minutes.participants.length, 'deltager', 'deltagere') +
        (minutes.absent.length ? ` og ${minutes.absent.length} fraværende` : ''),
      minutes.date ? `dato ${formatDate(minutes.date)}` : 'ingen dato',
    ].join(', ') + '.';
  const notes: string[] = [];
  if (!minutes.date) notes.push('Referatet har ingen mødedato, som importen kunne finde. Skriv datoen, hvis du kender den.');
  if (!minutes.participants.length) notes.push('Der er ingen deltagerliste i referatet. Skriv deltagerne, hvis du kender dem.');
  if (!flat.length) notes.push('Der blev ikke fundet nogen dagsordenspunkter i referatet.');
  if (flat.length > MAX_ITEMS) notes.push(`Referatet har ${flat.length} punkter; kun de første ${MAX_ITEMS} kan importeres.`);
  const sideless = [...minutes.participants, ...minutes.absent].filter((p) => p.side === null).length;
  if (sideless)
    notes.push(
      `${sideless === 1 ? 'Én person' : `${sideless} personer`} på deltagerlisterne står uden side i referatet og gemmes under øvrige, medmindre du skriver kommune eller boligorganisation.`,
    );
  const formal = flat.filter((f) => isFormalCase(f.item.text)).length;
  if (formal)
    notes.push(
      `${formal === 1 ? 'Ét punkt' : `${formal} punkter`} er skrevet som en formel sag (sagsnummer, "Sagen afgøres i", Indledning … Indstilling) og gemmes med de afsnit.`,
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

export type ImportItemInput = { title: string; notes: string; decisions: string[]; actions: ActionLine[]; items: ImportItemInput[] };
export type ImportInput = {
  kind: MeetingKind;
  organisationId: number | null;
  forumId: number | null;
  title: string;
  date: string | null;
  startTime: string | null;
  place: string | null;
  fileName: string | null;
  participants: ParticipantLine[];
  absent: ParticipantLine[];
  items: ImportItemInput[];
  /** The action items were followed up long ago: saved as done, so they don't come back on new agendas. */
  actionsDone: boolean;
};

const meetingFields = z.object({
  kind: z.enum(MEETING_KINDS, { error: 'Vælg hvilken slags møde det er.' }),
  organisationId: optionalId,
  forumId: optionalId,
  title: requiredText('titlen', 200),
  date: optionalDate('mødedatoen'),
  startTime: time('starttidspunktet'),
  place: optionalText('mødestedet', 200),
  fileName: optionalText('filnavnet', 255),
  actionsDone: checkbox(),
});

const itemFields = z.object({
  title: optionalText('punktets titel', 300),
  text: multiline('Referatet af punktet må højst være 50.000 tegn.', 50_000),
  decisions: multiline('Beslutningerne må højst være 50.000 tegn.', 50_000),
  actions: multiline('Opfølgningspunkterne må højst være 50.000 tegn.', 50_000),
  parent: z.string().optional(),
  skip: checkbox(),
});

/** A sub-item's parent: an earlier top-level item. Anything else in the hidden field is read as a top-level item. */
export function parentOf(values: FormValues, i: number): number | null {
  const raw = values[itemField(i, 'parent')] ?? '';
  if (!/^\d{1,4}$/.test(raw) || Number(raw) >= i) return null;
  const p = Number(raw);
  return parentOf(values, p) === null ? p : null;
}

const letter = (j: number) => (j < 26 ? String.fromCharCode(97 + j) : String(j + 1));

/** The preview's own numbers for its items ("1", "1.a"), used in legends and messages. */
export function previewNumbers(values: FormValues): string[] {
  const count = itemCountOf(values);
  const labels: string[] = [];
  const subs = new Map<number, number>();
  let top = 0;
  for (let i = 0; i < count; i++) {
    const parent = parentOf(values, i);
    if (parent === null) labels.push(String(++top));
    else {
      const j = subs.get(parent) ?? 0;
      subs.set(parent, j + 1);
      labels.push(`${labels[parent]}.${letter(j)}`);
    }
  }
  return labels;
}

export const itemCountOf = (values: FormValues) => Math.max(0, Math.min(MAX_ITEMS, Number.parseInt(values.itemCount ?? '0', 10) || 0));

/** Every field's errors at once: the meeting, the participant lists and each item that is not left out. */
export function parsePreview(
  body: Record<string, unknown>,
): { ok: true; data: ImportInput; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues } {
  const values = formValues(body);
  const errors: FieldErrors = {};
  const add = (key: string, message: string) => {
    errors[key] ??= message;
  };

  const meeting = meetingFields.safeParse(values);
  if (!meeting.success) for (const issue of meeting.error.issues) add(String(issue.path[0]), issue.message);
  const m = meeting.success ? meeting.data : null;
  if (m?.kind === 'dialogmoede' && m.organisationId === null) add('organisationId', 'Vælg boligorganisationen, mødet blev holdt med.');
  if (m?.kind === 'forum' && m.forumId === null) add('forumId', 'Vælg forummet, der holdt mødet.');
  if (m?.startTime && !m.date) add('date', 'Udfyld mødedatoen, når du angiver et tidspunkt.');

  const participants = parseParticipants(values.participants ?? '');
  if (participants.errors.length) add('participants', `Deltagere: ${participants.errors.join(' ')}`);
  const absent = parseParticipants(values.absent ?? '');
  if (absent.errors.length) add('absent', `Fraværende: ${absent.errors.join(' ')}`);

  const count = itemCountOf(values);
  const numbers = previewNumbers(values);
  const items: { item: ImportItemInput; parent: number | null }[] = [];
  const kept = new Map<number, ImportItemInput>();
  for (let i = 0; i < count; i++) {
    const raw = Object.fromEntries(ITEM_FIELDS.map((f) => [f, values[itemField(i, f)]]));
    const parsed = itemFields.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        add(itemField(i, issue.path[0] as (typeof ITEM_FIELDS)[number]), `Punkt ${numbers[i]}: ${issue.message}`);
      continue;
    }
    const v = parsed.data;
    const parent = parentOf(values, i);
    // Leaving out an item leaves out its sub-items too.
    if (v.skip || (parent !== null && values[itemField(parent, 'skip')])) continue;
    if (!v.title) add(itemField(i, 'title'), `Punkt ${numbers[i]}: Udfyld punktets titel, eller markér "Udelad punktet".`);
    const decisions = parseDecisions(v.decisions);
    if (decisions.errors.length) add(itemField(i, 'decisions'), `Punkt ${numbers[i]}, beslutninger: ${decisions.errors.join(' ')}`);
    const actions = parseActions(v.actions);
    if (actions.errors.length) add(itemField(i, 'actions'), `Punkt ${numbers[i]}, opfølgningspunkter: ${actions.errors.join(' ')}`);
    const item: ImportItemInput = { title: v.title ?? '', notes: v.text, decisions: decisions.rows, actions: actions.rows, items: [] };
    items.push({ item, parent });
    kept.set(i, item);
  }
  if (Object.keys(errors).length || !m) return { ok: false, errors, values };

  const tree: ImportItemInput[] = [];
  for (const { item, parent } of items) {
    const top = parent === null ? undefined : kept.get(parent);
    if (top) top.items.push(item);
    else tree.push(item);
  }
  return {
    ok: true,
    values,
    data: {
      kind: m.kind,
      organisationId: m.kind === 'dialogmoede' ? m.organisationId : null,
      forumId: m.kind === 'forum' ? m.forumId : null,
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      place: m.place,
      fileName: m.fileName ? cleanFileName(m.fileName) || null : null,
      participants: participants.rows,
      absent: absent.rows,
      items: tree,
      actionsDone: m.actionsDone,
    },
  };
}
