import { z } from 'zod';

/** Field errors keyed by input name, plus what the user typed so the form comes back filled. */
export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;
export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export function formValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    // NUL is not text (PostgreSQL refuses it in every text column), the other control characters
    // but tab and line breaks are never typed, and U+FFFE/U+FFFF are not characters (a Word
    // document containing them will not open): none of them is ever meant.
    if (typeof v === 'string' && k !== '_csrf') values[k] = v.replace(CONTROL, '');
  }
  return values;
}

export function parseForm<S extends z.ZodType>(schema: S, body: Record<string, unknown>): FormResult<z.output<S>> {
  const values = formValues(body);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '_form');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors, values };
}

// Field builders with specific Danish messages. Each takes the label as the user sees it.

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Udfyld ${label}.` })
    .trim()
    .min(1, `Udfyld ${label}.`)
    .max(max, `${cap(label)} må højst være ${max} tegn.`);

export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, `${cap(label)} må højst være ${max} tegn.`)
    .optional()
    .transform((v) => (v ? v : null));

export const optionalEmail = (label = 'e-mail') =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.email().safeParse(v).success, `Skriv en gyldig ${label}, fx navn@kommune.dk.`);

export const requiredEmail = (label = 'e-mail') =>
  z
    .string({ error: `Udfyld ${label}.` })
    .trim()
    .min(1, `Udfyld ${label}.`)
    .pipe(z.email(`Skriv en gyldig ${label}, fx navn@kommune.dk.`))
    .transform((v) => v.toLowerCase());

/** A whole number typed by a person: accepts "1.234" and " 12 ", refuses "12,5" and "-3". */
export function wholeNumber(label: string, opts: { min?: number; max?: number; required?: boolean } = {}) {
  const { min = 0, max = 2_000_000_000, required = false } = opts;
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = (raw ?? '').trim().replace(/\.(?=\d{3}(\D|$))/g, '');
      if (v === '') {
        if (required) ctx.addIssue({ code: 'custom', message: `Udfyld ${label}.` });
        return required ? z.NEVER : null;
      }
      if (!/^-?\d+$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `${cap(label)} skal være et helt tal.` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min) {
        ctx.addIssue({
          code: 'custom',
          message: min === 0 ? `${cap(label)} kan ikke være negativt.` : `${cap(label)} skal være mindst ${min}.`,
        });
        return z.NEVER;
      }
      if (n > max) {
        ctx.addIssue({ code: 'custom', message: `${cap(label)} må højst være ${max}.` });
        return z.NEVER;
      }
      return n;
    });
}

/** A required whole number: same rules, never null. */
export const requiredWholeNumber = (label: string, opts: { min?: number; max?: number } = {}) =>
  wholeNumber(label, { ...opts, required: true }).transform((v) => v as number);

export const postalCode = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}$/.test(v), 'Postnummeret skal være fire cifre, fx 3400.');

/** A date typed as YYYY-MM-DD (the date input) that must exist in the calendar. */
export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
      if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
        ctx.addIssue({ code: 'custom', message: `${cap(label)} er ikke en gyldig dato. Skriv den som åååå-mm-dd.` });
        return z.NEVER;
      }
      // Years a case can have; year 0 does not exist in PostgreSQL's calendar, and 0001 is a typing slip.
      if (+m[1] < 1900 || +m[1] > 2200) {
        ctx.addIssue({ code: 'custom', message: `${cap(label)} skal ligge mellem år 1900 og 2200.` });
        return z.NEVER;
      }
      return v;
    });

export const checkbox = () =>
  z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === 'true' || v === '1');

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
