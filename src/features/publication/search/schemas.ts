import { z } from 'zod';
import { THEMES } from '../../meetings/index.ts';
import { SEARCH_KINDS } from './kinds.ts';

/*
 * The public search's address parameters. Nothing here ever fails: a malformed page is the first
 * page, a malformed filter is no filter (issue 16, bad input), so a hand-edited or truncated link
 * still answers.
 */

/** Longest query searched; longer ones are cut (with a note), so 10,000 characters cost nothing. */
export const MAX_QUERY = 200;

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

export const searchParamsSchema = z.object({
  q: z.string().catch('').default(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  kommune: optional(z.string().regex(/^\d{4}$/)),
  organisation: optional(z.coerce.number().int().min(1).max(2_147_483_647)),
  aar: optional(z.coerce.number().int().min(1900).max(2200)),
  type: optional(z.enum(SEARCH_KINDS)),
  tema: optional(z.enum(THEMES)),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/**
 * The words as searched: control characters (a NUL would be refused by PostgreSQL) made spaces,
 * whitespace collapsed, cut to MAX_QUERY characters.
 */
export function cleanQuery(raw: string): { text: string; cut: boolean } {
  const text = raw
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_QUERY ? { text: text.slice(0, MAX_QUERY).trim(), cut: true } : { text, cut: false };
}
