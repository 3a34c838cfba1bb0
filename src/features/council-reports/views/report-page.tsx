import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import type { WrittenDocument } from '../../../lib/written-document/index.ts';
import { Alert, ErrorSummary, TextArea } from '../../../ui/components.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { Form } from '../../../ui/form.tsx';
import type { CouncilReport } from '../service.ts';
import { WrittenDocumentView } from '../../../ui/written-document.tsx';

export type ReportForm = { form: 'reopen' | 'actions'; values: FormValues; errors: FieldErrors };

/** The report: what may be done with it, the document as it will read, the sections to edit, and its history. */
export function ReportPage(props: {
  report: CouncilReport;
  municipalityName: string;
  doc: WrittenDocument;
  csrf: string;
  form?: ReportForm;
  history: Child;
}) {
  const { report: r, form } = props;
  const base = `/kommuner/${r.municipalityCode}/redegoerelser/${r.governanceYear}`;
  const draft = r.status === 'udkast';
  return (
    <>
      <h1>
        Redegørelse {r.governanceYear}: {props.municipalityName}
      </h1>
      <p class="font-lead">Til kommunalbestyrelsen om styringsdialogerne {r.governanceYear} (almenboligloven § 164).</p>
      {form?.form === 'actions' && <ErrorSummary errors={form.errors} form="report-actions" />}
      <p>
        <a href={`${base}/redegoerelse.pdf`}>Hent som PDF</a> · <a href={`${base}/redegoerelse.docx`}>Hent som Word (DOCX)</a>
      </p>
      {r.canManage && draft && (
        <div class="sd-actions">
          <Form id="report-refresh" action={`${base}/opdater`} csrf={props.csrf}>
            <input type="hidden" name="version" value={String(r.version)} />
            <button type="submit" class="button button-secondary">
              Opdater fra data
            </button>
          </Form>
          <Form id="report-approve" action={`${base}/godkend`} csrf={props.csrf}>
            <input type="hidden" name="version" value={String(r.version)} />
            <button type="submit" class="button button-primary">
              Godkend redegørelsen
            </button>
          </Form>
          <p class="form-hint">„Opdater fra data“ skriver de genererede afsnit igen; afsnit, der er rettet i hånden, bliver stående.</p>
        </div>
      )}
      {r.canManage && !draft && (
        <>
          <Alert kind="info" heading="Redegørelsen er godkendt">
            <p>Den kan ikke ændres. Skal den rettes, så genåbn den med en begrundelse; den bliver så et udkast igen.</p>
          </Alert>
          <ErrorSummary errors={form?.form === 'reopen' ? form.errors : undefined} form="report-reopen" />
          <Form id="report-reopen" action={`${base}/genaabn`} csrf={props.csrf} novalidate>
            <input type="hidden" name="version" value={String(r.version)} />
            <TextArea
              name="reason"
              label="Begrundelse for at genåbne"
              required
              rows={3}
              values={form?.form === 'reopen' ? form.values : undefined}
              errors={form?.form === 'reopen' ? form.errors : undefined}
            />
            <button type="submit" class="button button-secondary">
              Genåbn
            </button>
          </Form>
        </>
      )}
      <WrittenDocumentView
        doc={props.doc}
        sectionExtra={(section) => {
          const s = r.canManage && draft ? r.sections.find((x) => x.heading === section.heading) : undefined;
          return (
            s && (
              <p class="sd-muted">
                <a href={`${base}/sektioner/${s.key}`}>Ret „{s.heading}“</a> ·{' '}
                {!s.generated ? 'Fri tekst' : s.edited ? 'Rettet i hånden' : 'Genereret fra data'}, senest ændret{' '}
                {formatDateTime(s.updatedAt)}
                {s.updatedBy ? ` af ${s.updatedBy}` : ''}
              </p>
            )
          );
        }}
      />
      {props.history}
    </>
  );
}

/** The form that edits one section's text; a stale revision comes back with the user's text. */
export function SectionForm(props: {
  action: string;
  csrf: string;
  heading: string;
  generated: boolean;
  /** What to write in a free section, beside the field (never put into the text). */
  help?: string;
  values: FormValues;
  errors?: FieldErrors;
}) {
  return (
    <>
      <h1>Ret afsnittet „{props.heading}“</h1>
      {props.generated && (
        <p>Afsnittet er genereret fra data. Når du gemmer det, bliver det stående, også når redegørelsen opdateres fra data.</p>
      )}
      <ErrorSummary errors={props.errors} form="section" />
      <Form id="section" action={props.action} csrf={props.csrf} novalidate>
        <input type="hidden" name="revision" value={props.values.revision ?? ''} />
        <TextArea
          name="text"
          label="Tekst"
          hint={`${props.help ? `${props.help} ` : ''}Afsnit adskilles af en tom linje; en linje, der begynder med „- “, bliver et punkt.`}
          required
          rows={18}
          values={props.values}
          errors={props.errors}
        />
        <button type="submit" class="button button-primary">
          Gem afsnittet
        </button>
      </Form>
    </>
  );
}
