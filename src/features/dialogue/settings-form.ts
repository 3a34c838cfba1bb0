import { z } from 'zod';
import { requiredWholeNumber } from '../../lib/forms.ts';
import { DEADLINE_LABELS, DEFAULT_JOINT_MEETING, DEFAULT_OFFSETS, OFFSET_KINDS, type DeadlineRules, type Offset } from './deadlines.ts';
import type { MunicipalitySettings } from './settings.ts';

/*
 * The årshjul settings form: per kind of deadline, months after the fiscal year's end and a
 * day ("sidste" = the month's last day), or a common date (dd-mm) for every organisation.
 */

const dayField = (label: string) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = (raw ?? '').trim().toLowerCase();
      if (v === 'sidste' || v === 'last') return 'last' as const;
      if (v === '') {
        ctx.addIssue({ code: 'custom', message: `${label}: udfyld dagen – et tal fra 1 til 31 eller „sidste“.` });
        return z.NEVER;
      }
      const n = Number(v);
      if (!/^\d{1,2}$/.test(v) || n < 1 || n > 31) {
        ctx.addIssue({ code: 'custom', message: `${label}: dagen skal være et tal fra 1 til 31 eller „sidste“.` });
        return z.NEVER;
      }
      return n;
    });

/** "15-10", "15/10", "15.10" → "10-15" (MM-DD); empty → null. Existence in the year is checked by checkRules. */
const commonDateField = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const m = /^(\d{1,2})[-/.](\d{1,2})\.?$/.exec(v);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) {
        ctx.addIssue({ code: 'custom', message: `${label}: skriv den fælles dato som dag-måned, fx 15-10.` });
        return z.NEVER;
      }
      return `${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    });

export const settingsSchema = z
  .object({
    ...Object.fromEntries(
      OFFSET_KINDS.flatMap((k) => [
        [`months_${k}`, requiredWholeNumber(`antal måneder for „${DEADLINE_LABELS[k]}“`, { min: 0, max: 24 })],
        [`day_${k}`, dayField(DEADLINE_LABELS[k])],
        [`common_${k}`, commonDateField(DEADLINE_LABELS[k])],
      ]),
    ),
    common_faellesmoede: commonDateField(DEADLINE_LABELS.faellesmoede),
    reminderDaysBefore: requiredWholeNumber('antal dage før en frist', { min: 0, max: 90 }),
  })
  .transform((f) => {
    const form = f as Record<string, unknown>;
    const rules: DeadlineRules = { offsets: {}, commonDates: {} };
    for (const k of OFFSET_KINDS) {
      const offset: Offset = { months: form[`months_${k}`] as number, day: form[`day_${k}`] as Offset['day'] };
      // Only what differs from the guide is stored, so a later change of a default reaches everyone who kept it.
      if (offset.months !== DEFAULT_OFFSETS[k].months || offset.day !== DEFAULT_OFFSETS[k].day) rules.offsets![k] = offset;
      if (form[`common_${k}`]) rules.commonDates![k] = form[`common_${k}`] as string;
    }
    if (form.common_faellesmoede && form.common_faellesmoede !== DEFAULT_JOINT_MEETING)
      rules.commonDates!.faellesmoede = form.common_faellesmoede as string;
    return { rules, reminderDaysBefore: form.reminderDaysBefore as number };
  });

const dm = (mmdd: string) => `${mmdd.slice(3)}-${mmdd.slice(0, 2)}`;

/** The form filled from saved settings (defaults where nothing is saved). */
export function settingsValues(s: MunicipalitySettings): Record<string, string> {
  const values: Record<string, string> = {
    reminderDaysBefore: String(s.reminderDaysBefore),
    common_faellesmoede: dm(s.rules.commonDates?.faellesmoede ?? DEFAULT_JOINT_MEETING),
  };
  for (const k of OFFSET_KINDS) {
    const o = s.rules.offsets?.[k] ?? DEFAULT_OFFSETS[k];
    values[`months_${k}`] = String(o.months);
    values[`day_${k}`] = o.day === 'last' ? 'sidste' : String(o.day);
    const common = s.rules.commonDates?.[k];
    values[`common_${k}`] = common ? dm(common) : '';
  }
  return values;
}
