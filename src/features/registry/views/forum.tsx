import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../../../ui/components.tsx';

type Option = { value: string; label: string };

export function ForumForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  version?: number;
  cancelHref: string;
  municipalities: Option[];
}) {
  const { values, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        <TextField
          name="name"
          label="Navn"
          required
          values={values}
          errors={errors}
          width="xl"
          hint="Fx Dialogforum for almene boliger eller Rådet for Almene Boligforhold."
        />
        <SelectField
          name="municipalityCode"
          label="Kommune"
          required
          values={values}
          errors={errors}
          options={props.municipalities}
          placeholder="Vælg kommune"
        />
        <TextArea
          name="termsOfReference"
          label="Kommissorium"
          values={values}
          errors={errors}
          rows={8}
          hint="Forummets formål og opgaver."
        />
        <TextField name="secretariat" label="Sekretariat" values={values} errors={errors} width="xl" />
        <TextField name="meetingsPerYear" label="Antal møder om året" inputmode="numeric" values={values} errors={errors} width="xs" />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Gem
          </button>
          <a href={props.cancelHref}>Annullér</a>
        </div>
      </form>
    </>
  );
}

export function forumValues(f: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    ['name', 'municipalityCode', 'termsOfReference', 'secretariat', 'meetingsPerYear'].map((k) => [k, f[k] == null ? '' : String(f[k])]),
  );
}
