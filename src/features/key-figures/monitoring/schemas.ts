import { z } from 'zod';
import { requiredText, requiredWholeNumber } from '../../../lib/forms.ts';
import { THRESHOLD_FIELDS, THRESHOLD_KEYS, thresholdContradictions, type ThresholdKey, type Thresholds } from './thresholds.ts';
import { formatPlain } from './words.ts';

/* The monitoring's forms: an area, a year's figures, a new set of thresholds. Messages in Danish, at the field. */

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A decimal number typed by a person: "42,5", "42.5", " 3 ". Empty is null unless required.
 * At most two decimals: the statistics are published with one.
 */
export function decimalNumber(label: string, opts: { min: number; max: number; required?: boolean; maxMessage?: string }) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = (raw ?? '')
        .trim()
        .replace(/\s/g, '')
        .replace(/\u2212/g, '-');
      if (v === '') {
        if (opts.required) {
          ctx.addIssue({ code: 'custom', message: `Udfyld ${label}.` });
          return z.NEVER;
        }
        return null;
      }
      if (!/^-?\d+([.,]\d{1,2})?$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `${cap(label)} skal være et tal med højst to decimaler, fx 42,5.` });
        return z.NEVER;
      }
      const n = Number(v.replace(',', '.'));
      if (n < opts.min) {
        ctx.addIssue({
          code: 'custom',
          message: opts.min === 0 ? `${cap(label)} kan ikke være negativ.` : `${cap(label)} skal være mindst ${formatPlain(opts.min)}.`,
        });
        return z.NEVER;
      }
      if (n > opts.max) {
        ctx.addIssue({ code: 'custom', message: opts.maxMessage ?? `${cap(label)} må højst være ${formatPlain(opts.max)}.` });
        return z.NEVER;
      }
      return n;
    });
}

export const areaSchema = z.object({ name: requiredText('navnet på boligområdet', 200) });

/** Years the statistics go back to; figures of a year still to come are not figures. */
export const FIRST_YEAR = 2000;

const share = (label: string) =>
  decimalNumber(label, { min: 0, max: 100, maxMessage: `En andel kan højst være 100 %. Skriv ${label} i procent.` });

/** A year's figures. `thisYear` is today's year in Copenhagen: a later year is refused. */
export function statisticsSchema(thisYear: number) {
  return z.object({
    year: z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const v = (raw ?? '').trim();
        if (!/^\d{4}$/.test(v)) {
          ctx.addIssue({ code: 'custom', message: 'Skriv året med fire cifre, fx 2025.' });
          return z.NEVER;
        }
        const n = Number(v);
        if (n > thisYear) {
          ctx.addIssue({ code: 'custom', message: `${n} ligger i fremtiden. Tal kan indtastes for år til og med ${thisYear}.` });
          return z.NEVER;
        }
        if (n < FIRST_YEAR) {
          ctx.addIssue({ code: 'custom', message: `Året skal være ${FIRST_YEAR} eller senere.` });
          return z.NEVER;
        }
        return n;
      }),
    residents: requiredWholeNumber('antal beboere', { max: 1_000_000 }),
    outsideWorkPct: share('andelen uden for arbejde eller uddannelse'),
    convictionsRatio: decimalNumber('andelen af dømte', { min: 0, max: 100 }),
    primarySchoolOnlyPct: share('andelen med kun grundskoleuddannelse'),
    incomeRatioPct: decimalNumber('indkomsten', { min: 0, max: 1000 }),
    nonWesternPct: share('andelen af ikke-vestlige indvandrere og efterkommere'),
  });
}
export type StatisticsInput = z.output<ReturnType<typeof statisticsSchema>>;

/** A threshold key as a form field's name: dots make poor ids and fragment links. */
export const fieldName = (key: ThresholdKey) => key.replace('.', '_');

/** A new set: its first list year (not one that has a set) and every value, within range and not contradicting. */
export function thresholdSetSchema(taken: readonly number[]) {
  const shape: Record<string, z.ZodType> = {
    validFrom: requiredWholeNumber('året', { min: 2000, max: 2200 }).superRefine((y, ctx) => {
      if (taken.includes(y)) ctx.addIssue({ code: 'custom', message: `Der findes allerede grænseværdier fra ${y}. Vælg et andet år.` });
    }),
  };
  for (const key of THRESHOLD_KEYS) {
    const f = THRESHOLD_FIELDS[key];
    const label = f.label.toLowerCase();
    shape[fieldName(key)] = f.whole
      ? requiredWholeNumber(label, { min: f.min, max: f.max })
      : decimalNumber(label, { min: f.min, max: f.max, required: true });
  }
  return z.object(shape).superRefine((data, ctx) => {
    const values = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, data[fieldName(k)] as number])) as Thresholds;
    for (const [key, message] of Object.entries(thresholdContradictions(values))) {
      ctx.addIssue({ code: 'custom', path: [fieldName(key as ThresholdKey)], message });
    }
  });
}
