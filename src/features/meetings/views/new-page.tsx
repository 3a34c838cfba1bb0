import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../../../ui/components.tsx';
import { KIND_LABELS } from '../labels.ts';
import { MEETING_KINDS } from '../tables.ts';

export type Option = { value: string; label: string };

export function NewMeetingPage({
  code,
  name,
  csrf,
  organisations,
  fora,
  values,
  errors,
}: {
  code: string;
  name: string;
  csrf: string;
  organisations: Option[];
  fora: Option[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  return (
    <>
      <h1>Opret møde i {name}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/kommuner/${code}/moeder`} novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="municipalityCode" value={code} />
        <SelectField
          name="kind"
          label="Slags møde"
          required
          values={values}
          errors={errors}
          options={MEETING_KINDS.map((k) => ({
            value: k,
            label: k === 'forum' ? 'Møde i et forum (Dialogforum, Rådet for Almene Boligforhold …)' : KIND_LABELS[k],
          }))}
        />
        <SelectField
          name="organisationId"
          label="Boligorganisation"
          hint="Kun ved styringsdialogmøder."
          values={values}
          errors={errors}
          options={organisations}
          placeholder="Vælg boligorganisation"
        />
        <SelectField
          name="forumId"
          label="Forum"
          hint="Kun ved forummøder."
          values={values}
          errors={errors}
          options={fora}
          placeholder="Vælg forum"
        />
        <TextField name="title" label="Titel" hint="Tom: mødets type, fx Styringsdialogmøde." values={values} errors={errors} width="xl" />
        <TextField name="date" label="Dato" type="date" values={values} errors={errors} width="s" />
        <TextField name="startTime" label="Starttidspunkt" type="time" values={values} errors={errors} width="xs" />
        <TextField name="endTime" label="Sluttidspunkt" type="time" values={values} errors={errors} width="xs" />
        <TextField name="place" label="Mødested" values={values} errors={errors} width="xl" />
        {/* Outside the checkbox group: DKFDS draws the box with ".form-checkbox + label". */}
        <input type="hidden" name="formShown" value="1" />
        <div class="form-group form-group-checkbox">
          <input
            class="form-checkbox"
            type="checkbox"
            id="field-useTemplate"
            name="useTemplate"
            value="on"
            checked={values.formShown ? values.useTemplate === 'on' : true}
          />
          <label for="field-useTemplate">Start fra vejledningens dagsorden (KL/BL)</label>
        </div>
        <button class="button button-primary" type="submit">
          Opret møde
        </button>
      </form>
    </>
  );
}
