import { z } from 'zod';

/*
 * Thresholds as people type and read them: "1.234,5" (Danish), also "1234,5", "1234.5" and
 * "-100". A dot followed by groups of three digits is a thousands separator, as in Danish; any
 * other single dot is a decimal point, as from a spreadsheet copied in English.
 */

const THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/** The number written, or null when it is not one. */
export function parseDanishNumber(raw: string): number | null {
  const v = raw
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\s\u00a0]/g, '');
  if (v === '') return null;
  let plain: string;
  if (THOUSANDS.test(v)) plain = v.replaceAll('.', '').replace(',', '.');
  else if (/^[-+]?\d+(,\d+)?$/.test(v)) plain = v.replace(',', '.');
  else if (/^[-+]?\d*\.\d+$|^[-+]?\d+$/.test(v)) plain = v;
  else return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

const MAX = 1e12;

/** A required number field with its Danish messages; `label` as in "grænsen for gul". */
export const danishNumber = (label: string) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw?.trim()) {
        ctx.addIssue({ code: 'custom', message: `Udfyld ${label}.` });
        return z.NEVER;
      }
      const n = parseDanishNumber(raw);
      if (n === null) {
        ctx.addIssue({ code: 'custom', message: `Skriv ${label} som et tal, fx 1.234,5 eller -100.` });
        return z.NEVER;
      }
      if (Math.abs(n) > MAX) {
        ctx.addIssue({ code: 'custom', message: `${label.charAt(0).toUpperCase()}${label.slice(1)} er for stor.` });
        return z.NEVER;
      }
      return n;
    });

const threshold = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 4 });

/** A threshold as the form shows it and the rules say it: "1.234,5", "−100" with a plain hyphen for editing. */
export const formatThreshold = (n: number) => threshold.format(n).replace('\u2212', '-');
