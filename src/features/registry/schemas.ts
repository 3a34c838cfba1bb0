import { z } from 'zod';
import { optionalDate, optionalEmail, optionalText, postalCode, requiredText, requiredWholeNumber, wholeNumber } from '../../lib/forms.ts';

const municipalityCode = z
  .string({ error: 'Vælg en kommune.' })
  .trim()
  .min(1, 'Vælg en kommune.')
  .regex(/^\d{4}$/, 'Kommunekoden skal være fire cifre, fx 0219.');

const optionalId = (label: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d+$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `Vælg ${label} på listen.` });
        return z.NEVER;
      }
      return Number(v);
    });

export const organisationSchema = z.object({
  lbfNumber: requiredWholeNumber('LBF-nummer', { min: 1, max: 99999 }),
  name: requiredText('navn'),
  address: optionalText('adresse', 200),
  postalCode: postalCode(),
  city: optionalText('by', 100),
  municipalityCode,
  administratorId: optionalId('administrationsorganisation'),
  fiscalYearEndMonth: requiredWholeNumber('regnskabsårets slutmåned', { min: 1, max: 12 }),
  email: optionalEmail(),
  website: optionalText('hjemmeside', 200),
});
export type OrganisationInput = z.output<typeof organisationSchema>;

export const estateSchema = z.object({
  number: requiredWholeNumber('afdelingsnummer', { min: 1, max: 99999 }),
  name: requiredText('navn'),
  address: optionalText('adresse', 200),
  postalCode: postalCode(),
  city: optionalText('by', 100),
  municipalityCode,
  homesFamily: wholeNumber('antal familieboliger', { max: 100000 }).transform((v) => v ?? 0),
  homesElderly: wholeNumber('antal ældreboliger', { max: 100000 }).transform((v) => v ?? 0),
  homesYouth: wholeNumber('antal ungdomsboliger', { max: 100000 }).transform((v) => v ?? 0),
  homesCare: wholeNumber('antal plejeboliger', { max: 100000 }).transform((v) => v ?? 0),
  areaM2: wholeNumber('areal i m²', { max: 10_000_000 }).transform((v) => v ?? 0),
  yearBuilt: wholeNumber('opførelsesår', { min: 1700, max: new Date().getFullYear() + 10 }),
});
export type EstateInput = z.output<typeof estateSchema>;

export const administratorSchema = z.object({
  name: requiredText('navn'),
  cvr: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\s/g, '') : null))
    .refine((v) => v === null || /^\d{8}$/.test(v), 'CVR-nummeret skal være otte cifre.'),
  address: optionalText('adresse', 200),
  email: optionalEmail(),
  phone: optionalText('telefon', 40),
});
export type AdministratorInput = z.output<typeof administratorSchema>;

export const forumSchema = z.object({
  name: requiredText('navn'),
  municipalityCode,
  termsOfReference: optionalText('kommissorium', 20000),
  secretariat: optionalText('sekretariat', 300),
  meetingsPerYear: wholeNumber('antal møder om året', { min: 0, max: 52 }),
});
export type ForumInput = z.output<typeof forumSchema>;

export const personSchema = z.object({
  name: requiredText('navn'),
  email: optionalEmail(),
  phone: optionalText('telefon', 40),
});
export type PersonInput = z.output<typeof personSchema>;

export const MEMBERSHIP_ROLES = {
  formand: 'Formand',
  naestformand: 'Næstformand',
  medlem: 'Medlem',
  suppleant: 'Suppleant',
  sekretariat: 'Sekretariat',
  medarbejder: 'Medarbejder',
} as const;

export const membershipSchema = z
  .object({
    title: requiredText('titel', 200),
    role: z.enum(Object.keys(MEMBERSHIP_ROLES) as [keyof typeof MEMBERSHIP_ROLES], { error: 'Vælg en rolle.' }),
    startDate: optionalDate('startdato'),
    endDate: optionalDate('slutdato'),
  })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'Slutdatoen kan ikke ligge før startdatoen.',
  });
export type MembershipInput = z.output<typeof membershipSchema>;

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  q: z.string().trim().max(100).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  sort: z.string().max(30).optional().catch(undefined),
  kommune: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  status: z.enum(['aktive', 'inaktive', 'alle']).catch('aktive'),
});
export type ListQueryInput = z.output<typeof listQuerySchema>;
