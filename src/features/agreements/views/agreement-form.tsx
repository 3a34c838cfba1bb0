import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from '../../../ui/components.tsx';
import { Form } from '../../../ui/form.tsx';
import { THEME_LABELS, THEMES } from '../../meetings/index.ts';
import type { AgreementView } from '../service.ts';
import { COMPARATORS, RESPONSIBLE_SIDES } from '../tables.ts';
import { COMPARATOR_LABELS, SIDE_LABELS } from '../words.ts';

/* The form that writes an agreement, new or edited: the agreement, the estates it concerns, and an optional key-figure target. */

export type EstateOption = { id: number; number: number; name: string };
export type IndicatorOption = { code: string; name: string; level: 'estate' | 'organisation' };

/** The stored agreement as form values, for the edit form opened fresh. */
export function agreementValues(a: AgreementView): FormValues {
  const v: FormValues = {
    theme: a.theme,
    text: a.text,
    responsibleSide: a.responsibleSide,
    responsiblePerson: a.responsiblePerson ?? '',
    deadline: a.deadline ?? '',
    targetIndicator: a.targetIndicator ?? '',
    targetComparator: a.targetComparator ?? '',
    targetValue: a.targetValue === null ? '' : String(a.targetValue).replace('.', ','),
    targetYear: a.targetYear === null ? '' : String(a.targetYear),
    targetEstateId: a.targetEstateId === null ? '' : String(a.targetEstateId),
    version: String(a.version),
  };
  for (const e of a.estates) v[`estate_${e.id}`] = 'on';
  return v;
}

export function AgreementForm({
  action,
  csrf,
  values,
  errors,
  estates,
  indicators,
  submitLabel,
}: {
  action: string;
  csrf: string;
  values: FormValues;
  errors?: FieldErrors;
  estates: EstateOption[];
  indicators: IndicatorOption[];
  submitLabel: string;
}) {
  return (
    <>
      <ErrorSummary errors={errors} form="agreement" />
      <Form id="agreement" action={action} csrf={csrf} novalidate>
        {values.version !== undefined && <input type="hidden" name="version" value={values.version} />}
        <TextArea
          name="text"
          label="Aftale"
          required
          rows={4}
          hint="Hvad parterne har aftalt, fx „Afdelingen udarbejder en helhedsplan.“"
          values={values}
          errors={errors}
        />
        <SelectField
          name="theme"
          label="Tema"
          required
          values={values}
          errors={errors}
          placeholder="Vælg tema"
          options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
        />
        <CheckboxGroup
          name="estates"
          label="Afdelinger"
          hint="Vælg ingen, hvis aftalen gælder hele boligorganisationen."
          options={estates.map((e) => ({
            id: `estate-${e.id}`,
            name: `estate_${e.id}`,
            value: 'on',
            label: `${e.number} ${e.name}`,
            checked: values[`estate_${e.id}`] === 'on',
          }))}
          empty="Boligorganisationen har ingen afdelinger."
          errors={errors}
        />
        <SelectField
          name="responsibleSide"
          label="Ansvarlig part"
          required
          values={values}
          errors={errors}
          placeholder="Vælg part"
          options={RESPONSIBLE_SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s] }))}
        />
        <TextField name="responsiblePerson" label="Ansvarlig person" values={values} errors={errors} width="l" />
        <TextField
          name="deadline"
          label="Frist"
          type="date"
          hint="Kan ikke ligge før styringsdialogens år."
          values={values}
          errors={errors}
          width="s"
        />
        <fieldset>
          <legend class="h3">Mål i nøgletallene (valgfrit)</legend>
          <p class="form-hint">
            Fx henlæggelser mindst 200 kr./m²/år for en afdeling i 2027. Når årets tal er importeret, viser aftalen selv, om målet er nået.
          </p>
          <SelectField
            name="targetIndicator"
            label="Nøgletal"
            values={values}
            errors={errors}
            placeholder="Intet mål"
            options={indicators.map((i) => ({
              value: i.code,
              label: `${i.name} (${i.level === 'estate' ? 'afdeling' : 'boligorganisation'})`,
            }))}
          />
          <SelectField
            name="targetEstateId"
            label="Afdeling"
            hint="Tom: boligorganisationens eget tal."
            values={values}
            errors={errors}
            placeholder="Hele boligorganisationen"
            options={estates.map((e) => ({ value: String(e.id), label: `${e.number} ${e.name}` }))}
          />
          <SelectField
            name="targetComparator"
            label="Tallet skal være"
            values={values}
            errors={errors}
            placeholder="Vælg"
            options={COMPARATORS.map((c) => ({ value: c, label: COMPARATOR_LABELS[c] }))}
          />
          <TextField name="targetValue" label="Mål" inputmode="decimal" values={values} errors={errors} width="s" />
          <TextField name="targetYear" label="Målår" inputmode="numeric" values={values} errors={errors} width="xs" />
        </fieldset>
        <button class="button button-primary" type="submit">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}
