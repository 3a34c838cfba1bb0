import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../../../ui/components.tsx';
import { Form, fieldIds } from '../../../../ui/form.tsx';
import { formatInteger } from '../../../../ui/format.ts';
import type { LettingEstateChoice } from '../service.ts';
import { LETTING_KINDS, PRIORITY_GROUPS } from '../tables.ts';
import { KIND_LABELS, PRIORITY_GROUP_LABELS } from '../words.ts';

/*
 * A letting agreement's form: its kind, the share or the named homes, the priority groups of
 * flexible letting, the estates, the period and the evaluation. Every field is shown for every
 * kind (the page works without JavaScript); the hints say which kind uses it.
 */

function Boxes(p: {
  name: string;
  legend: string;
  hint: string;
  options: { value: string; label: string }[];
  chosen: string[];
  errors?: FieldErrors;
}) {
  const ids = fieldIds(p.name, 'letting');
  const error = p.errors?.[p.name];
  return (
    <fieldset id={ids.input} class={error ? 'form-group form-error' : 'form-group'} aria-describedby={error ? ids.error : ids.hint}>
      <legend class="form-label">{p.legend}</legend>
      <span class="form-hint" id={ids.hint}>
        {p.hint}
      </span>
      {error && (
        <span class="form-error-message" id={ids.error}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {p.options.length === 0 && <p>Der er ingen at vælge imellem.</p>}
      {p.options.map((o) => {
        const id = `letting-${p.name}-${o.value}`;
        return (
          <div class="form-group-checkbox">
            <input class="form-checkbox" type="checkbox" id={id} name={p.name} value={o.value} checked={p.chosen.includes(o.value)} />
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

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
        <Boxes
          name="priorityGroups"
          legend="Fortrinsgrupper"
          hint="Ved fleksibel og kombineret udlejning: hvem der får fortrin til de ledige boliger."
          options={PRIORITY_GROUPS.map((g) => ({ value: g, label: PRIORITY_GROUP_LABELS[g] }))}
          chosen={props.groups}
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
        <Boxes
          name="estates"
          legend="Afdelinger"
          hint="De afdelinger, aftalen gælder. De skal ligge i samme kommune."
          options={props.choices.map((e) => ({
            value: String(e.id),
            label: `${e.number} ${e.name} (${formatInteger(e.homes)} boliger, kommunekode ${e.municipalityCode})`,
          }))}
          chosen={props.estates}
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
