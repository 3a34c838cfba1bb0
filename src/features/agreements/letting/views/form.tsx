import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField, type CheckboxOption } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatInteger } from '../../../../ui/format.ts';
import type { LettingEstateChoice } from '../service.ts';
import { LETTING_KINDS, PRIORITY_GROUPS } from '../tables.ts';
import { KIND_LABELS, PRIORITY_GROUP_LABELS } from '../words.ts';

/** A box of a group posted under one name, one value per box. */
const box = (name: string, value: string, label: string, chosen: string[]): CheckboxOption => ({
  id: `letting-${name}-${value}`,
  name,
  value,
  label,
  checked: chosen.includes(value),
});

/*
 * A letting agreement's form: its kind, the share or the named homes, the priority groups of
 * flexible letting, the estates, the period and the evaluation. Every field is shown for every
 * kind (the page works without JavaScript); the hints say which kind uses it.
 */

export function LettingForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  groups: string[];
  estates: string[];
  errors?: FieldErrors;
  version?: number;
  cancelHref: string;
  choices: LettingEstateChoice[];
}) {
  const { values, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} form="letting" />
      <Form id="letting" action={props.action} csrf={props.csrf} novalidate>
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        <SelectField
          name="kind"
          label="Slags aftale"
          required
          values={values}
          errors={errors}
          placeholder="Vælg"
          options={LETTING_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        />
        <TextField
          name="sharePercent"
          label="Andel af de ledige boliger (%)"
          inputmode="numeric"
          width="xs"
          values={values}
          errors={errors}
          hint="Ved kommunal anvisning mindst 25 % (almenboligloven § 59) og højst 100 %. Ved fleksibel og kombineret udlejning den andel, der udlejes efter fortrinsgrupperne."
        />
        <CheckboxGroup
          name="priorityGroups"
          label="Fortrinsgrupper"
          required
          hint="Ved fleksibel og kombineret udlejning: hvem der får fortrin til de ledige boliger."
          options={PRIORITY_GROUPS.map((g) => box('priorityGroups', g, PRIORITY_GROUP_LABELS[g], props.groups))}
          empty="Der er ingen at vælge imellem."
          errors={errors}
        />
        <TextField
          name="homesCount"
          label="Antal boliger med fast anvisningsret"
          inputmode="numeric"
          width="xs"
          values={values}
          errors={errors}
          hint="Kun ved fast anvisningsret til navngivne boliger."
        />
        <TextArea
          name="homesText"
          label="Boligerne"
          rows={3}
          values={values}
          errors={errors}
          hint="Kun ved fast anvisningsret: adresser eller boligernes numre, fx Hillerødsholmsalle 149, st. tv. – 3. th."
        />
        <CheckboxGroup
          name="estates"
          label="Afdelinger"
          required
          hint="De afdelinger, aftalen gælder. De skal ligge i samme kommune."
          options={props.choices.map((e) =>
            box(
              'estates',
              String(e.id),
              `${e.number} ${e.name} (${formatInteger(e.homes)} boliger, kommunekode ${e.municipalityCode})`,
              props.estates,
            ),
          )}
          empty="Der er ingen at vælge imellem."
          errors={errors}
        />
        <TextField name="validFrom" label="Gælder fra" type="date" width="s" required values={values} errors={errors} />
        <TextField name="validTo" label="Udløber" type="date" width="s" required values={values} errors={errors} />
        <TextField
          name="evaluationDate"
          label="Evalueres"
          type="date"
          width="s"
          values={values}
          errors={errors}
          hint="Hvornår parterne gør status over aftalen."
        />
        <TextArea name="note" label="Bemærkning" rows={4} values={values} errors={errors} />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Gem
          </button>
          <a href={props.cancelHref}>Annullér</a>
        </div>
      </Form>
    </>
  );
}
