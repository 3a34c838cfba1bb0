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

const FORM_ORDER = [
  'kind',
  'sharePercent',
  'priorityGroups',
  'homesCount',
  'homesText',
  'estates',
  'validFrom',
  'validTo',
  'evaluationDate',
  'note',
] as const;

const fields = {
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
};
type Fields = { [K in keyof typeof fields]: z.output<(typeof fields)[K]> };

/** The rules joining fields, on whatever fields parsed: a mistyped date does not hide a share above 100 %. */
function checkRules(v: Partial<Fields>, at: (field: keyof Fields, message: string) => void) {
  const share = v.sharePercent;
  if (share != null && share > 100) at('sharePercent', 'Andelen kan højst være 100 % af de ledige boliger.');
  else if (v.kind === 'kommunal_anvisning' && 'sharePercent' in v) {
    if (share == null) at('sharePercent', 'Udfyld hvor stor en andel af de ledige boliger kommunen anviser.');
    else if (share < LEGAL_MINIMUM)
      at(
        'sharePercent',
        `Kommunen har efter loven ret til at anvise mindst ${LEGAL_MINIMUM} % af de ledige boliger. Skriv ${LEGAL_MINIMUM} eller mere.`,
      );
  }
  if (v.kind === 'fast_anvisningsret') {
    if ('homesCount' in v && !v.homesCount) at('homesCount', 'Udfyld hvor mange boliger kommunen har fast anvisningsret til.');
    if ('homesText' in v && !v.homesText) at('homesText', 'Skriv hvilke boliger aftalen gælder, fx adresserne.');
  }
  const groups = v.priorityGroups ?? [];
  if (groups.some((g) => !(PRIORITY_GROUPS as readonly string[]).includes(g))) at('priorityGroups', 'Vælg fortrinsgrupper fra listen.');
  else if ((v.kind === 'fleksibel_udlejning' || v.kind === 'kombineret_udlejning') && groups.length === 0)
    at('priorityGroups', 'Vælg mindst én gruppe, der får fortrin ved fleksibel udlejning.');
  const estates = v.estates ?? [];
  if (estates.length === 0) at('estates', 'Vælg mindst én afdeling, som aftalen gælder.');
  else if (estates.some((e) => !/^\d{1,9}$/.test(e))) at('estates', 'Vælg afdelinger fra listen.');
  if (v.validFrom === null) at('validFrom', 'Udfyld hvornår aftalen gælder fra.');
  if (v.validTo === null) at('validTo', 'Udfyld hvornår aftalen udløber.');
  if (v.validFrom && v.validTo && v.validTo < v.validFrom) at('validTo', 'Slutdatoen skal ligge efter startdatoen.');
}

function toInput(v: Fields) {
  const flexible = v.kind === 'fleksibel_udlejning' || v.kind === 'kombineret_udlejning';
  const fixed = v.kind === 'fast_anvisningsret';
  return {
    kind: v.kind,
    sharePercent: fixed ? null : v.sharePercent,
    homesCount: fixed ? v.homesCount : null,
    homesText: fixed ? v.homesText : null,
    // A municipal assignment or fixed homes have no priority groups: boxes ticked for another kind are dropped.
    priorityGroups: flexible ? [...new Set(v.priorityGroups as PriorityGroup[])] : [],
    estateIds: [...new Set(v.estates.map(Number))].sort((a, b) => a - b),
    validFrom: v.validFrom!,
    validTo: v.validTo!,
    evaluationDate: v.evaluationDate,
    note: v.note,
  };
}

export type LettingInput = ReturnType<typeof toInput>;

export type LettingForm =
  | { ok: true; data: LettingInput; values: FormValues; groups: string[]; estates: string[] }
  | { ok: false; errors: FieldErrors; values: FormValues; groups: string[]; estates: string[] };

/** The posted form: its text as typed, the ticked boxes, and the input or the errors by field. */
export function parseLettingForm(body: Record<string, unknown>): LettingForm {
  const values = formValues(body);
  const groups = postedList(body, 'priorityGroups');
  const estates = postedList(body, 'estates');
  const raw: Record<string, unknown> = { ...values, priorityGroups: groups, estates };
  const errors: FieldErrors = {};
  const parsed: Partial<Fields> = {};
  for (const [name, field] of Object.entries(fields)) {
    const r = field.safeParse(raw[name]);
    if (r.success) Object.assign(parsed, { [name]: r.data });
    else errors[name] = r.error.issues[0].message;
  }
  checkRules(parsed, (field, message) => (errors[field] ??= message));
  if (Object.keys(errors).length) {
    // In the form's order, so the summary at the top reads like the page.
    const ordered = Object.fromEntries(FORM_ORDER.filter((f) => errors[f]).map((f) => [f, errors[f]]));
    return { ok: false, errors: ordered, values, groups, estates };
  }
  return { ok: true, data: toInput(parsed as Fields), values, groups, estates };
}
