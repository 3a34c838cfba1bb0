import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../../../ui/components.tsx';
import type { BodyOptionGroup } from '../membership-bodies.ts';
import { MEMBERSHIP_ROLES } from '../schemas.ts';

const ROLE_OPTIONS = Object.entries(MEMBERSHIP_ROLES).map(([value, label]) => ({ value, label }));

/** The body a membership belongs to, grouped by kind (DKFDS select with optgroups). */
function BodySelect({
  groups,
  values,
  errors,
  required,
}: {
  groups: BodyOptionGroup[];
  values: FormValues;
  errors?: FieldErrors;
  required: boolean;
}) {
  const error = errors?.body;
  const current = values.body ?? '';
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for="field-body">
        Tilknytning{required ? '' : <span class="sd-muted"> (valgfrit)</span>}
      </label>
      <span class="form-hint" id="hint-body">
        Boligorganisation, forum, kommune eller administrationsorganisation.
      </span>
      {error && (
        <span class="form-error-message" id="error-body">
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      <select
        class="form-select"
        id="field-body"
        name="body"
        aria-describedby={error ? 'hint-body error-body' : 'hint-body'}
        aria-invalid={error ? 'true' : undefined}
      >
        <option value="">{required ? 'Vælg tilknytning' : 'Ingen tilknytning'}</option>
        {groups.map((g) => (
          <optgroup label={g.label}>
            {g.options.map((o) => (
              <option value={o.value} selected={o.value === current}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Title, role and period of a membership; with `bodies` also the body to join. */
export function MembershipFields({
  values,
  errors,
  bodies,
  bodyRequired = true,
}: {
  values: FormValues;
  errors?: FieldErrors;
  bodies?: BodyOptionGroup[];
  bodyRequired?: boolean;
}) {
  return (
    <>
      {bodies && <BodySelect groups={bodies} values={values} errors={errors} required={bodyRequired} />}
      <TextField
        name="title"
        label="Titel"
        required={bodyRequired}
        values={values}
        errors={errors}
        width="xl"
        hint="Fx Formand for organisationsbestyrelsen, Forretningsfører, Borger- og Socialchef."
      />
      <SelectField
        name="role"
        label="Rolle"
        required={bodyRequired}
        values={{ role: 'medlem', ...values }}
        errors={errors}
        options={ROLE_OPTIONS}
      />
      <TextField
        name="startDate"
        label="Startdato"
        type="date"
        values={values}
        errors={errors}
        width="s"
        hint="Skriv datoen som åååå-mm-dd."
      />
      <TextField
        name="endDate"
        label="Slutdato"
        type="date"
        values={values}
        errors={errors}
        width="s"
        hint="Sidste dag i rollen. Tom, hvis personen stadig har den."
      />
    </>
  );
}

function PersonFields({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <>
      <TextField name="name" label="Navn" required values={values} errors={errors} width="xl" autocomplete="off" />
      <TextField name="email" label="E-mail" type="email" values={values} errors={errors} width="l" autocomplete="off" />
      <TextField name="phone" label="Telefon" type="tel" values={values} errors={errors} width="m" autocomplete="off" />
    </>
  );
}

type FormProps = { csrf: string; action: string; values: FormValues; errors?: FieldErrors; version?: number; cancelHref: string };

function FormShell(props: FormProps & { children: Child }) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        {props.children}
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

/** A new person; with a body list, also their first membership. */
export function NewPersonForm(props: FormProps & { bodies: BodyOptionGroup[]; bodyRequired: boolean }) {
  return (
    <FormShell {...props}>
      <PersonFields values={props.values} errors={props.errors} />
      <fieldset>
        <legend class="h3">Tilknytning og rolle</legend>
        {!props.bodyRequired && (
          <p class="form-hint">Som administrator kan du oprette personen uden tilknytning og tilføje medlemskaber senere.</p>
        )}
        <MembershipFields values={props.values} errors={props.errors} bodies={props.bodies} bodyRequired={props.bodyRequired} />
      </fieldset>
    </FormShell>
  );
}

export function PersonForm(props: FormProps) {
  return (
    <FormShell {...props}>
      <PersonFields values={props.values} errors={props.errors} />
    </FormShell>
  );
}

export function MembershipForm(props: FormProps & { bodies?: BodyOptionGroup[] }) {
  return (
    <FormShell {...props}>
      <MembershipFields values={props.values} errors={props.errors} bodies={props.bodies} />
    </FormShell>
  );
}

export const valuesOf = (row: Record<string, unknown>, keys: string[]): FormValues =>
  Object.fromEntries(keys.map((k) => [k, row[k] == null ? '' : String(row[k])]));
