import { z } from 'zod';

/** One section's text; the revision is read apart (versionField-style), so a stale one is a conflict, not a field error. */
export const sectionSchema = z.object({
  text: z
    .string()
    .max(50_000, 'Afsnittet må højst have 50.000 tegn.')
    .transform((s) => s.replace(/\r\n/g, '\n').trimEnd()),
});
