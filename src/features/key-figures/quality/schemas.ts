import { z } from 'zod';
import { QUALITY_FIELDS, QUALITY_RESOLUTIONS } from '../tables.ts';

/** A number the page put in a hidden field; anything else is a form that was not ours. */
const hiddenNumber = z
  .string({ error: 'Formularen mangler oplysninger. Genindlæs siden, og prøv igen.' })
  .regex(/^\d{1,9}$/, 'Formularen mangler oplysninger. Genindlæs siden, og prøv igen.')
  .transform(Number);

export const resolutionSchema = z
  .object({
    // Which of the page's forms was sent, so a refused one comes back with its own messages.
    form: z.string().max(100).optional(),
    estateId: hiddenNumber,
    source: z.string().trim().min(1, 'Formularen mangler oplysninger. Genindlæs siden, og prøv igen.').max(100),
    field: z.enum(QUALITY_FIELDS, { error: 'Formularen mangler oplysninger. Genindlæs siden, og prøv igen.' }),
    registryValue: hiddenNumber,
    sourceValue: hiddenNumber,
    version: hiddenNumber,
    resolution: z.enum(QUALITY_RESOLUTIONS, { error: 'Vælg, hvordan forskellen skal afklares.' }),
    note: z.string().trim().max(2000, 'Forklaringen må højst være 2000 tegn.').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.resolution === 'explained' && v.note === '')
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Skriv, hvorfor tallene er forskellige.' });
  });
export type ResolutionInput = z.output<typeof resolutionSchema>;
