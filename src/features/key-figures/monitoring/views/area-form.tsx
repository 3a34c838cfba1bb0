import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { ErrorSummary, TextField } from '../../../../ui/components.tsx';
import { Form, fieldIds } from '../../../../ui/form.tsx';
import { formatInteger } from '../../../../ui/format.ts';
import type { EstateChoice } from '../areas.ts';

/*
 * An area's name and its estates: the estates located in the municipality, grouped by
 * organisation; an estate of another active area says which, since an estate lies in one area.
 */

export function AreaForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  chosen: number[];
  errors?: FieldErrors;
  version?: number;
  cancelHref: string;
  choices: EstateChoice[];
}) {
  const { values, errors } = props;
  const byOrganisation = new Map<string, EstateChoice[]>();
  for (const e of props.choices) byOrganisation.set(e.organisationName, [...(byOrganisation.get(e.organisationName) ?? []), e]);
  const ids = fieldIds('estates', 'area');
  const error = errors?.estates;
  return (
    <>
      <ErrorSummary errors={errors} form="area" />
      <Form id="area" action={props.action} csrf={props.csrf} novalidate>
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        <TextField
          name="name"
          label="Navn"
          required
          values={values}
          errors={errors}
          width="xl"
          hint="Som ministeriet eller kommunen kalder området, fx Vapnagaard."
        />
        <fieldset id={ids.input} class={error ? 'form-group form-error' : 'form-group'} aria-describedby={error ? ids.error : ids.hint}>
          <legend class="form-label">Afdelinger i området</legend>
          <span class="form-hint" id={ids.hint}>
            Afdelinger, der ligger i kommunen. En afdeling kan kun høre til ét boligområde.
          </span>
          {error && (
            <span class="form-error-message" id={ids.error}>
              <span class="sr-only">Fejl: </span>
              {error}
            </span>
          )}
          {props.choices.length === 0 && <p>Der er ingen afdelinger registreret i kommunen.</p>}
          {[...byOrganisation].map(([organisation, estates]) => (
            <fieldset class="sd-fieldset">
              <legend class="h5">{organisation}</legend>
              {estates.map((e) => {
                const id = `area-estate-${e.id}`;
                return (
                  <div class="form-group-checkbox">
                    <input
                      class="form-checkbox"
                      type="checkbox"
                      id={id}
                      name="estates"
                      value={String(e.id)}
                      checked={props.chosen.includes(e.id)}
                    />
                    <label for={id}>
                      {e.number} {e.name}
                      <span class="sd-muted">
                        {' '}
                        ({formatInteger(e.homes)} boliger{e.active ? '' : ', deaktiveret'}
                        {e.otherArea ? `; hører til ${e.otherArea}` : ''})
                      </span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </fieldset>
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
