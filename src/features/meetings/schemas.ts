import { z } from 'zod';
import { checkbox, optionalDate, optionalEmail, optionalText, requiredText, wholeNumber } from '../../lib/forms.ts';
import { SECTION_KEYS } from './labels.ts';
import { MEETING_KINDS, OUTCOMES, SIDES, THEMES } from './tables.ts';
import { countNoun } from '../../lib/plural.ts';

/** A time of day typed as tt:mm, or null. */
export const time = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), `Skriv ${label} som tt:mm, fx 10:00.`);
/** Free text from a textarea: browsers send CRLF; stored with LF so bullets and paragraphs parse alike everywhere. */
export const multiline = (message: string, max: number) =>
  z
    .string()
    .max(max, message)
    .optional()
    .transform((v) => (v ?? '').replace(/\r\n?/g, '\n').trim());
/** A row id from a select or hidden field; anything else is none. */
/** A select of ids: empty is none; anything but an id never comes from the page's options. */
export const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (/^\d{1,9}$/.test(v)) return Number(v);
    ctx.addIssue({ code: 'custom', message: 'Vælg en af mulighederne på listen.' });
    return z.NEVER;
  });

export const meetingSchema = z
  .object({
    kind: z.enum(MEETING_KINDS, { error: 'Vælg hvilken slags møde det er.' }),
    municipalityCode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'Vælg kommunen.'),
    organisationId: optionalId,
    forumId: optionalId,
    title: optionalText('titlen', 200),
    date: optionalDate('mødedatoen'),
    startTime: time('starttidspunktet'),
    endTime: time('sluttidspunktet'),
    place: optionalText('mødestedet', 200),
    useTemplate: checkbox(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'dialogmoede' && v.organisationId === null)
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Vælg boligorganisationen, mødet holdes med.' });
    if (v.kind === 'forum' && v.forumId === null)
      ctx.addIssue({ code: 'custom', path: ['forumId'], message: 'Vælg forummet, der holder mødet.' });
    if ((v.startTime || v.endTime) && !v.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Udfyld mødedatoen, når du angiver et tidspunkt.' });
  });
export type MeetingInput = z.output<typeof meetingSchema>;

export const meetingEditSchema = z
  .object({
    title: requiredText('titlen', 200),
    date: optionalDate('mødedatoen'),
    startTime: time('starttidspunktet'),
    endTime: time('sluttidspunktet'),
    place: optionalText('mødestedet', 200),
  })
  .superRefine((v, ctx) => {
    if ((v.startTime || v.endTime) && !v.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Udfyld mødedatoen, når du angiver et tidspunkt.' });
  });

// Field names are unique across the meeting page's forms, so each input has its own id.
export const participantSchema = z.object({
  participantName: requiredText('navnet', 200),
  participantTitle: optionalText('titlen', 200),
  side: z.enum(SIDES, { error: 'Vælg hvilken side deltageren kommer fra.' }),
  email: optionalEmail('e-mailadresse'),
});

/** The lengths the item form allows; an imported formal item must fit them too (import/formal.ts). */
export const ITEM_LIMITS = { caseNumber: 50, decidingBody: 200, absent: 1000, section: 20_000 } as const;

const sections = Object.fromEntries(
  SECTION_KEYS.map((k) => [`section_${k}`, multiline('Afsnittet må højst være 20.000 tegn.', ITEM_LIMITS.section)]),
);

export const itemSchema = z.object({
  title: requiredText('punktets titel', 300),
  theme: z
    .union([z.enum(THEMES), z.literal('')], { error: 'Vælg et tema fra listen.' })
    .optional()
    .transform((v) => (v ? v : null)),
  text: multiline('Teksten må højst være 50.000 tegn.', 50_000),
  notes: multiline('Referatet må højst være 50.000 tegn.', 50_000),
  closed: checkbox(),
  caseNumber: optionalText('sagsnummeret', ITEM_LIMITS.caseNumber),
  decidingBody: optionalText('organet, der afgør sagen', ITEM_LIMITS.decidingBody),
  absent: optionalText('fraværende', ITEM_LIMITS.absent),
  ...sections,
});
export type ItemInput = z.output<typeof itemSchema>;

export const newItemSchema = z.object({
  itemTitle: requiredText('punktets titel', 300),
  parentId: optionalId,
  theme: z
    .union([z.enum(THEMES), z.literal('')], { error: 'Vælg et tema fra listen.' })
    .optional()
    .transform((v) => (v ? v : null)),
});

const count = (label: string) => wholeNumber(label, { max: 1000 });

export const decisionSchema = z
  .object({
    decisionText: requiredText('beslutningen', 5000),
    body: optionalText('det besluttende organ', 200),
    decidedOn: optionalDate('beslutningsdatoen'),
    outcome: z
      .union([z.enum(OUTCOMES), z.literal('')], { error: 'Vælg et udfald fra listen.' })
      .optional()
      .transform((v) => (v ? v : null)),
    votesFor: count('stemmer for'),
    votesAgainst: count('stemmer imod'),
    votesAbstain: count('stemmer, der undlod'),
    partiesFor: optionalText('partier for', 100),
    partiesAgainst: optionalText('partier imod', 100),
    partiesAbstain: optionalText('partier, der undlod', 100),
  })
  .superRefine((v, ctx) => {
    // The outcome must agree with the count, or the minutes would say "vedtaget med 1 stemme mod 9".
    const yes = v.votesFor ?? 0;
    const no = v.votesAgainst ?? 0;
    if (yes + no === 0 || !v.outcome) return;
    if (v.outcome === 'forkastet' && yes > no)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: `Udfaldet „forkastet“ passer ikke med ${countNoun(yes, 'stemme', 'stemmer')} for og ${no} imod.`,
      });
    if (['vedtaget', 'anbefalet', 'godkendt'].includes(v.outcome) && no > yes)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: `Udfaldet passer ikke med ${countNoun(yes, 'stemme', 'stemmer')} for og ${no} imod.`,
      });
  })
  .transform(({ decisionText, ...rest }) => ({ text: decisionText, ...rest }));
export type DecisionInput = z.output<typeof decisionSchema>;

export const actionSchema = z
  .object({
    actionText: requiredText('opgaven', 1000),
    responsible: optionalText('den ansvarlige', 200),
    due: optionalDate('fristen'),
  })
  .transform(({ actionText, ...rest }) => ({ text: actionText, ...rest }));
export type ActionInput = z.output<typeof actionSchema>;

export const commentSchema = z.object({
  comment: requiredText('bemærkningen', 5000),
  commentItemId: optionalId,
});
