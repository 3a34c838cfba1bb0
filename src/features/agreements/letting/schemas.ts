import { z } from 'zod';
import { formValues, optionalDate, optionalText, wholeNumber, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import { LETTING_KINDS, PRIORITY_GROUPS, type PriorityGroup } from './tables.ts';

/*
 * The letting agreement's form. Its rules that join fields (a share for a municipal assignment,
 * an end after the start, groups for flexible letting) are checked here, so every error is shown
 * at its field at once; the estates' owner and municipality are checked by the service.
 */

/** Several values of one name (one per ticked box), as posted. */
export const postedList = (body: Record<string, unknown>, name: string): string[] =>
  ([] as unknown[]).concat(body[name] ?? []).filter((v): v is string => typeof v === 'string');

const LEGAL_MINIMUM = 25;

const schema = z
  .object({
    kind: z.enum(LETTING_KINDS, { error: 'Vælg hvilken slags udlejningsaftale det er.' }),
    sharePercent: wholeNumber('andelen'),
    homesCount: wholeNumber('antallet af boliger'),
    homesText: optionalText('boligerne', 2000),
    priorityGroups: z.array(z.string()),
    estates: z.array(z.string()),
    validFrom: optionalDate('startdatoen'),
    validTo: optionalDate('slutdatoen'),
    evaluationDate: optionalDate('evalueringsdatoen'),
    note: optionalText('bemærkningen', 4000),
  })
  .superRefine((v, ctx) => {
    const at = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.sharePercent !== null && v.sharePercent > 100) at('sharePercent', 'Andelen kan højst være 100 % af de ledige boliger.');
    else if (v.kind === 'kommunal_anvisning') {
      if (v.sharePercent === null) at('sharePercent', 'Udfyld hvor stor en andel af de ledige boliger kommunen anviser.');
      else if (v.sharePercent < LEGAL_MINIMUM)
        at(
          'sharePercent',
          `Kommunen har efter loven ret til at anvise mindst ${LEGAL_MINIMUM} % af de ledige boliger. Skriv ${LEGAL_MINIMUM} eller mere.`,
        );
    }
    if (v.kind === 'fast_anvisningsret') {
      if (!v.homesCount) at('homesCount', 'Udfyld hvor mange boliger kommunen har fast anvisningsret til.');
      if (!v.homesText) at('homesText', 'Skriv hvilke boliger aftalen gælder, fx adresserne.');
    }
    const unknown = v.priorityGroups.filter((g) => !(PRIORITY_GROUPS as readonly string[]).includes(g));
    if (unknown.length) at('priorityGroups', 'Vælg fortrinsgrupper fra listen.');
    else if ((v.kind === 'fleksibel_udlejning' || v.kind === 'kombineret_udlejning') && v.priorityGroups.length === 0)
      at('priorityGroups', 'Vælg mindst én gruppe, der får fortrin ved fleksibel udlejning.');
    if (v.estates.length === 0) at('estates', 'Vælg mindst én afdeling, som aftalen gælder.');
    else if (v.estates.some((e) => !/^\d{1,9}$/.test(e))) at('estates', 'Vælg afdelinger fra listen.');
    if (!v.validFrom) at('validFrom', 'Udfyld hvornår aftalen gælder fra.');
    if (!v.validTo) at('validTo', 'Udfyld hvornår aftalen udløber.');
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) at('validTo', 'Slutdatoen skal ligge efter startdatoen.');
  })
  .transform((v) => ({
    kind: v.kind,
    sharePercent: v.kind === 'fast_anvisningsret' ? null : v.sharePercent,
    homesCount: v.kind === 'fast_anvisningsret' ? v.homesCount : null,
    homesText: v.kind === 'fast_anvisningsret' ? v.homesText : null,
    // A municipal assignment or fixed homes have no priority groups: ticked boxes of another kind are dropped.
    priorityGroups:
      v.kind === 'fleksibel_udlejning' || v.kind === 'kombineret_udlejning' ? [...new Set(v.priorityGroups as PriorityGroup[])] : [],
    estateIds: [...new Set(v.estates.map(Number))].sort((a, b) => a - b),
    validFrom: v.validFrom!,
    validTo: v.validTo!,
    evaluationDate: v.evaluationDate,
    note: v.note,
  }));

export type LettingInput = z.output<typeof schema>;

export type LettingForm =
  | { ok: true; data: LettingInput; values: FormValues; groups: string[]; estates: string[] }
  | { ok: false; errors: FieldErrors; values: FormValues; groups: string[]; estates: string[] };

/** The posted form: its text as typed, the ticked boxes, and the input or the errors by field. */
export function parseLettingForm(body: Record<string, unknown>): LettingForm {
  const values = formValues(body);
  const groups = postedList(body, 'priorityGroups');
  const estates = postedList(body, 'estates');
  const parsed = schema.safeParse({ ...values, priorityGroups: groups, estates });
  if (parsed.success) return { ok: true, data: parsed.data, values, groups, estates };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_form')] ??= issue.message;
  return { ok: false, errors, values, groups, estates };
}
