import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, TextField } from '../../../ui/components.tsx';

export function AdministratorForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
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
        <TextField name="name" label="Navn" required values={values} errors={errors} width="xl" autocomplete="organization" />
        <TextField name="cvr" label="CVR-nummer" values={values} errors={errors} inputmode="numeric" width="s" />
        <TextField name="address" label="Adresse" values={values} errors={errors} width="xl" autocomplete="street-address" />
        <TextField name="email" label="E-mail" type="email" values={values} errors={errors} width="l" autocomplete="email" />
        <TextField name="phone" label="Telefon" type="tel" values={values} errors={errors} width="m" autocomplete="tel" />
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

export function administratorValues(a: Record<string, unknown>): FormValues {
  return Object.fromEntries(['name', 'cvr', 'address', 'email', 'phone'].map((k) => [k, a[k] == null ? '' : String(a[k])]));
}
