import { z } from 'zod';
import { danishInstant } from '../../lib/copenhagen-time.ts';
import type { FieldErrors, FormValues } from '../../lib/forms.ts';
import { AUDIT_ACTIONS, type HistoryFilter } from './service.ts';

const DATE_MESSAGE = 'Skriv datoen som dd.mm.åååå, fx 31.12.2026.';

/** "2026-12-31" (a date field) or "31.12.2026", "31/12-2026" (typed) → "2026-12-31"; null if no such day. */
function isoDate(raw: string): string | null {
  const typed = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(raw);
  const [y, m, d] = typed ? [typed[3], typed[2], typed[1]] : (/^(\d{4})-(\d{2})-(\d{2})$/.exec(raw)?.slice(1) ?? []);
  if (!y) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const text = z.string().trim().max(100).optional().catch(undefined);
const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  hvem: text,
  hvad: text,
  handling: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  fra: text,
  til: text,
});

/**
 * The admin history's filter from the address (a GET form, so a filtered page can be bookmarked
 * and paged). A date that is no date comes back as a message by its field, with what was typed;
 * the list is then shown without that limit.
 */
export function parseHistoryQuery(query: Record<string, string>, kinds: string[]) {
  const q = querySchema.parse(query);
  const errors: FieldErrors = {};
  const from = q.fra ? isoDate(q.fra) : null;
  const to = q.til ? isoDate(q.til) : null;
  if (q.fra && !from) errors.fra = DATE_MESSAGE;
  if (q.til && !to) errors.til = DATE_MESSAGE;
  if (from && to && to < from) errors.til = 'Til-datoen ligger før fra-datoen.';
  const entityType = q.hvad && kinds.includes(q.hvad) ? q.hvad : undefined;
  const filter: HistoryFilter = {
    who: q.hvem || undefined,
    entityType,
    action: q.handling,
    from: from && !errors.fra ? (danishInstant(from, '00:00') ?? undefined) : undefined,
    // The whole of the last day: up to the next day's Danish midnight.
    to: to && !errors.til ? (danishInstant(nextDay(to), '00:00') ?? undefined) : undefined,
  };
  // A date typed by hand comes back as the date field's own format, so the field shows it.
  const values: FormValues = {
    hvem: q.hvem ?? '',
    hvad: entityType ?? '',
    handling: q.handling ?? '',
    fra: from ?? q.fra ?? '',
    til: to ?? q.til ?? '',
  };
  return { page: q.page, filter, values, errors };
}
