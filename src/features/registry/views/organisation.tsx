import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../../../ui/components.tsx';
import { formatFiscalYearEnd } from '../../../ui/format.ts';

type Option = { value: string; label: string };

export const MONTH_OPTIONS: Option[] = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: formatFiscalYearEnd(i + 1) }));

export function OrganisationForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  submitLabel: string;
  municipalities: Option[];
  administrators: Option[];
  version?: number;
  cancelHref: string;
  /** Moving an organisation to another municipality is the supervisor's decision (canSuperviseOrganisation). */
  canChangeMunicipality: boolean;
}) {
  const { values, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        <TextField name="name" label="Navn" required values={values} errors={errors} width="xl" />
        <TextField
          name="lbfNumber"
          label="LBF-nummer"
          required
          inputmode="numeric"
          values={values}
          errors={errors}
          width="s"
          hint="Organisationens nummer hos Landsbyggefonden."
        />
        {props.canChangeMunicipality ? (
          <SelectField
            name="municipalityCode"
            label="Tilsynskommune"
            required
            values={values}
            errors={errors}
            options={props.municipalities}
            placeholder="Vælg kommune"
            hint="Kommunen, hvor organisationen har hjemsted."
          />
        ) : (
          <div class="form-group">
            <div class="form-label">Tilsynskommune</div>
            <div class="form-hint">Tilsynskommunen ændres af kommunen eller en administrator.</div>
            <div>{props.municipalities.find((m) => m.value === values.municipalityCode)?.label ?? values.municipalityCode}</div>
          </div>
        )}
        <SelectField
          name="administratorId"
          label="Administrationsorganisation"
          values={values}
          errors={errors}
          options={props.administrators}
          placeholder="Ingen (egen administration)"
        />
        <SelectField
          name="fiscalYearEndMonth"
          label="Regnskabsåret slutter"
          required
          values={values}
          errors={errors}
          options={MONTH_OPTIONS}
        />
        <TextField name="address" label="Adresse" values={values} errors={errors} autocomplete="street-address" width="xl" />
        <TextField
          name="postalCode"
          label="Postnummer"
          values={values}
          errors={errors}
          inputmode="numeric"
          width="xs"
          autocomplete="postal-code"
        />
        <TextField name="city" label="By" values={values} errors={errors} width="l" />
        <TextField name="email" label="E-mail" type="email" values={values} errors={errors} width="l" />
        <TextField name="website" label="Hjemmeside" values={values} errors={errors} width="l" />
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

/** Form values from a stored organisation, as the inputs show them. */
export function organisationValues(o: Record<string, unknown>): FormValues {
  const keys = [
    'name',
    'lbfNumber',
    'municipalityCode',
    'administratorId',
    'fiscalYearEndMonth',
    'address',
    'postalCode',
    'city',
    'email',
    'website',
  ];
  return Object.fromEntries(keys.map((k) => [k, o[k] == null ? '' : String(o[k])]));
}
