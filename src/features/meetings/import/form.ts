/*
 * The posted preview becomes a checked `ImportInput`, or field errors with Danish messages
 * (`parsePreview`); `preview-values.ts` fills the form, `item-fields.ts` names its item fields.
 */
import { z } from 'zod';
import { cleanFileName } from '../../../lib/file-names.ts';
import { checkbox, formValues, optionalDate, optionalText, requiredText, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import { multiline, optionalId, time } from '../schemas.ts';
import { MEETING_KINDS, type MeetingKind } from '../tables.ts';
import { ITEM_FIELDS, itemCountOf, itemField, parentOf, previewNumbers } from './item-fields.ts';
import { parseActions, parseDecisions, parseParticipants, type ActionLine, type ParticipantLine } from './lines.ts';

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
    if (!v.title) add(itemField(i, 'title'), `Punkt ${numbers[i]}: Udfyld punktets titel, eller markér „Udelad punktet“.`);
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
