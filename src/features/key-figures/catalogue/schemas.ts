import { z } from 'zod';
import { optionalText, requiredText, wholeNumber } from '../../../lib/forms.ts';
import { DIRECTIONS, INDICATOR_LEVELS } from '../tables.ts';

/** The code is the indicator's column in the import file: plain ASCII, so every spreadsheet and encoding keeps it. */
export const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;
export const CODE_MAX = 40;

const code = z
  .string({ error: 'Udfyld koden.' })
  .trim()
  .min(1, 'Udfyld koden.')
  .max(CODE_MAX, `Koden må højst være ${CODE_MAX} tegn.`)
  .regex(CODE_PATTERN, 'Koden må kun indeholde små bogstaver a–z, tal og _ og skal begynde med et bogstav, fx henlaeggelser.');

const decimals = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const v = (raw ?? '').trim();
    if (!/^\d$/.test(v) || Number(v) > 4) {
      ctx.addIssue({
        code: 'custom',
        message: v === '' ? 'Udfyld antal decimaler (0–4).' : 'Antal decimaler skal være et helt tal fra 0 til 4.',
      });
      return z.NEVER;
    }
    return Number(v);
  });

export const indicatorSchema = z.object({
  name: requiredText('navn', 100),
  description: optionalText('beskrivelse', 2000).transform((v) => v ?? ''),
  unit: optionalText('enhed', 30).transform((v) => v ?? ''),
  level: z.enum(INDICATOR_LEVELS, { error: 'Vælg, om nøgletallet gælder afdelinger eller boligorganisationer.' }),
  direction: z.enum(DIRECTIONS, { error: 'Vælg, hvilken retning der er god.' }),
  decimals,
  // Empty on a new indicator: it goes last.
  sortOrder: wholeNumber('rækkefølgen', { max: 100_000 }),
});
export type IndicatorInput = z.output<typeof indicatorSchema>;

export const newIndicatorSchema = indicatorSchema.extend({ code });
export type NewIndicatorInput = z.output<typeof newIndicatorSchema>;
