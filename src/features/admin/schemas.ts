import { z } from 'zod';
import { ROLES } from '../../auth/tables.ts';
import { requiredEmail, requiredText } from '../../lib/forms.ts';

export const inviteSchema = z
  .object({
    name: requiredText('navn'),
    email: requiredEmail('e-mail'),
    role: z.enum(ROLES, { error: 'Vælg en rolle.' }),
    municipalityCode: z
      .string()
      .optional()
      .transform((v) => (v ? v : null)),
    organisationId: z
      .string()
      .optional()
      .transform((v) => (v && /^\d+$/.test(v) ? Number(v) : null)),
    administratorId: z
      .string()
      .optional()
      .transform((v) => (v && /^\d+$/.test(v) ? Number(v) : null)),
  })
  .superRefine((v, ctx) => {
    if (v.role.startsWith('municipality') && !v.municipalityCode)
      ctx.addIssue({ code: 'custom', path: ['municipalityCode'], message: 'Vælg brugerens kommune.' });
    if (v.role.startsWith('organisation') && !v.organisationId)
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Vælg brugerens boligorganisation.' });
    if (v.role === 'administrator_staff' && !v.administratorId)
      ctx.addIssue({ code: 'custom', path: ['administratorId'], message: 'Vælg brugerens administrationsorganisation.' });
  });
