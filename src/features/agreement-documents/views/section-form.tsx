import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { ErrorSummary, TextArea } from '../../../ui/components.tsx';
import { Form } from '../../../ui/form.tsx';

/** One section's text in a form; the revision it was opened on rides along, so a stale save is a conflict with the text kept. */
export function SectionForm({
  action,
  csrf,
  heading,
  hint,
  revision,
  values,
  errors,
  cancelHref,
}: {
  action: string;
  csrf: string;
  heading: string;
  hint?: string;
  revision: number;
  values: FormValues;
  errors?: FieldErrors;
  cancelHref: string;
}) {
  return (
    <>
      <h1>Ret afsnittet „{heading}“</h1>
      <ErrorSummary errors={errors} form="section" />
      <Form id="section" action={action} csrf={csrf} novalidate>
        <input type="hidden" name="revision" value={String(revision)} />
        <TextArea
          name="text"
          label={heading}
          rows={16}
          hint={hint ?? 'Afsnit adskilles af en tom linje; punkter skrives med "- " først på linjen, underpunkter med to mellemrum foran.'}
          values={values}
          errors={errors}
        />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Gem afsnittet
          </button>
          <a href={cancelHref}>Annullér</a>
        </div>
      </Form>
    </>
  );
}
