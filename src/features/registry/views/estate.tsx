import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../../../ui/components.tsx';

type Option = { value: string; label: string };

export function EstateForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  submitLabel: string;
  municipalities: Option[];
  version?: number;
  cancelHref: string;
}) {
  const { values, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        <TextField name="number" label="Afdelingsnummer" required inputmode="numeric" values={values} errors={errors} width="s" />
        <TextField name="name" label="Navn" required values={values} errors={errors} width="xl" />
        <TextField name="address" label="Adresse" values={values} errors={errors} width="xl" />
        <TextField name="postalCode" label="Postnummer" values={values} errors={errors} inputmode="numeric" width="xs" />
        <TextField name="city" label="By" values={values} errors={errors} width="l" />
        <SelectField
          name="municipalityCode"
          label="Beliggenhedskommune"
          required
          values={values}
          errors={errors}
          options={props.municipalities}
          placeholder="Vælg kommune"
        />
        <fieldset>
          <legend class="h4">Boliger</legend>
          <TextField name="homesFamily" label="Familieboliger" inputmode="numeric" values={values} errors={errors} width="s" />
          <TextField name="homesElderly" label="Ældreboliger" inputmode="numeric" values={values} errors={errors} width="s" />
          <TextField name="homesYouth" label="Ungdomsboliger" inputmode="numeric" values={values} errors={errors} width="s" />
          <TextField name="homesCare" label="Plejeboliger" inputmode="numeric" values={values} errors={errors} width="s" />
        </fieldset>
        <TextField
          name="areaM2"
          label="Areal i m²"
          inputmode="numeric"
          values={values}
          errors={errors}
          width="s"
          hint="Samlet bruttoetageareal for boligerne."
        />
        <TextField name="yearBuilt" label="Opførelsesår" inputmode="numeric" values={values} errors={errors} width="s" />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            {props.submitLabel}
          </button>
          <a href={props.cancelHref}>Annullér</a>
        </div>
      </form>
    </>
  );
}

export function estateValues(e: Record<string, unknown>): FormValues {
  const keys = [
    'number',
    'name',
    'address',
    'postalCode',
    'city',
    'municipalityCode',
    'homesFamily',
    'homesElderly',
    'homesYouth',
    'homesCare',
    'areaM2',
    'yearBuilt',
  ];
  return Object.fromEntries(keys.map((k) => [k, e[k] == null ? '' : String(e[k])]));
}
