import { z } from 'zod';
import { optionalDate, optionalText, requiredText, requiredWholeNumber, wholeNumber } from '../../lib/forms.ts';
import { THEMES } from '../meetings/index.ts';
import { parseDanishNumber } from '../registry/index.ts';
import { AGREEMENT_STATUSES, COMPARATORS, RESPONSIBLE_SIDES } from './tables.ts';

/** The agreement's own fields; the estates come as checkboxes "estate_<id>" and are read beside it. */
export const agreementSchema = z.object({
  theme: z.enum(THEMES, { error: 'Vælg et tema.' }),
  text: requiredText('aftalen', 5_000),
  responsibleSide: z.enum(RESPONSIBLE_SIDES, { error: 'Vælg, hvem der er ansvarlig.' }),
  responsiblePerson: optionalText('den ansvarlige person', 200),
  deadline: optionalDate('fristen'),
  targetIndicator: optionalText('nøgletallet', 100),
  targetComparator: z
    .union([z.enum(COMPARATORS), z.literal('')])
    .optional()
    .transform((v) => v || null),
  targetValue: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = parseDanishNumber((raw ?? '').trim() || null);
      if (v === 'invalid') {
        ctx.addIssue({ code: 'custom', message: 'Målet skal være et tal, fx 200 eller 12,5.' });
        return z.NEVER;
      }
      return v;
    }),
  targetYear: wholeNumber('målåret', { min: 2000, max: 2100 }),
  targetEstateId: wholeNumber('afdelingen'),
});
export type AgreementInput = z.output<typeof agreementSchema> & { estateIds: number[] };

/** The checked estates of the form: fields named "estate_<id>". */
export const checkedEstates = (values: Record<string, string>) =>
  Object.entries(values)
    .filter(([k, v]) => /^estate_\d{1,9}$/.test(k) && v === 'on')
    .map(([k]) => Number(k.slice(7)));

export const statusSchema = z.object({
  status: z.enum(AGREEMENT_STATUSES, { error: 'Vælg en status.' }),
  note: optionalText('bemærkningen', 2_000),
});

export const followUpSchema = z.object({
  year: requiredWholeNumber('året', { min: 2000, max: 2100 }),
  note: requiredText('opfølgningen', 5_000),
});
