import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { Alert, CsrfField, ErrorSummary, FileField, SelectField, TextArea, TextField } from '../../../ui/components.tsx';
import { formatDate } from '../../../ui/format.ts';
import { KIND_LABELS } from '../labels.ts';
import { MEETING_KINDS } from '../tables.ts';
import { itemCountOf, parentOf, previewNumbers } from './item-fields.ts';
import type { Choice, ReadSummary, Targets } from './preview-values.ts';
import { ItemFieldset } from './item-fieldset.tsx';
import { countNoun } from '../../../lib/plural.ts';

const kindOptions = MEETING_KINDS.map((k) => ({
  value: k,
  label: k === 'forum' ? 'Møde i et forum (Dialogforum, Rådet for Almene Boligforhold …)' : KIND_LABELS[k],
}));
export const importPath = (code: string) => `/kommuner/${code}/moeder/importer`;

function MeetingSelects({ targets, values, errors, hint }: { targets: Targets; values: FormValues; errors?: FieldErrors; hint?: boolean }) {
  return (
    <>
      <SelectField
        name="kind"
        label="Slags møde"
        required={!hint}
        hint={hint ? 'Tom: afgøres ud fra referatet. Du kan rette det i forhåndsvisningen.' : undefined}
        values={values}
        errors={errors}
        options={kindOptions}
        placeholder={hint ? 'Afgør ud fra referatet' : 'Vælg slags møde'}
      />
      <SelectField
        name="organisationId"
        label="Boligorganisation"
        hint="Kun ved styringsdialogmøder."
        values={values}
        errors={errors}
        options={targets.organisations}
        placeholder="Vælg boligorganisation"
      />
      <SelectField
        name="forumId"
        label="Forum"
        hint="Kun ved forummøder."
        values={values}
        errors={errors}
        options={targets.fora}
        placeholder="Vælg forum"
      />
    </>
  );
}

/** Step 1: the file and, if the user knows it, what kind of meeting it was. */
export function UploadPage({
  code,
  name,
  csrf,
  targets,
  choice,
  error,
  maxMb,
}: {
  code: string;
  name: string;
  csrf: string;
  targets: Targets;
  choice: Choice;
  error?: string;
  maxMb: number;
}) {
  const errors = error ? { file: error } : undefined;
  return (
    <>
      <h1>Importér referat i {name}</h1>
      <ErrorSummary errors={errors} />
      <p>
        Indlæs referatet af et tidligere møde. Du ser det, der blev læst – titel, dato, deltagere og punkter med beslutninger og opfølgning
        – og retter det, før mødet gemmes. Intet gemmes, før du trykker „Gem mødet“.
      </p>
      <form method="post" action={importPath(code)} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrf} />
        <FileField
          name="file"
          label="Referat"
          hint={`En fil i TXT, DOCX (Word) eller PDF, højst ${maxMb} MB. En scannet PDF uden tekst kan ikke læses.`}
          accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          errors={errors}
        />
        <MeetingSelects targets={targets} values={choice} hint />
        <div class="sd-button-row">
          <button type="submit" class="button button-primary">
            Læs referatet
          </button>
          <a href={`/kommuner/${code}/moeder`}>Annullér</a>
        </div>
      </form>
    </>
  );
}

/** Step 2: what was read, as a form to correct; comes back with the messages when a save fails. */
export function PreviewPage({
  code,
  name,
  csrf,
  targets,
  values,
  errors,
  read,
}: {
  code: string;
  name: string;
  csrf: string;
  targets: Targets;
  values: FormValues;
  errors?: FieldErrors;
  read: ReadSummary | null;
}) {
  const count = itemCountOf(values);
  const numbers = previewNumbers(values);
  const parents = Array.from({ length: count }, (_, i) => parentOf(values, i));
  return (
    <>
      <h1>Kontrollér det importerede referat</h1>
      <ErrorSummary errors={errors} />
      {read && (
        <Alert kind="info" heading={values.fileName ? `Læst fra ${values.fileName}` : 'Læst fra filen'}>
          <p>{read.summary}</p>
          {read.notes.length > 0 && (
            <ul>
              {read.notes.map((n) => (
                <li>{n}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {read?.earlier && read.earlier.length > 0 && (
        <Alert kind="warning" heading="Referatet er måske importeret før">
          <p>
            Kommunen har allerede {read.earlier.length === 1 ? 'et møde' : 'møder'} fra en fil med samme navn eller med samme titel og dato:
          </p>
          <ul>
            {read.earlier.map((e) => (
              <li>
                <a href={`/moeder/${e.id}`}>{e.title}</a>
                {e.date && `, ${formatDate(e.date)}`}
              </li>
            ))}
          </ul>
          <p>Gem kun, hvis det er et andet møde. Ellers kommer mødets opfølgningspunkter med to gange på næste dagsorden.</p>
        </Alert>
      )}
      <Alert kind="warning" heading="Referatet gemmes som godkendt og låst">
        Et importeret referat er et godkendt referat fra et afholdt møde. Ret det først her: bagefter kan det kun ændres som en ny version.
      </Alert>
      <form method="post" action={`${importPath(code)}/gem`} novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="fileName" value={values.fileName ?? ''} />
        <input type="hidden" name="readSummary" value={values.readSummary ?? ''} />
        <input type="hidden" name="itemCount" value={String(count)} />
        <h2>Mødet</h2>
        <MeetingSelects targets={targets} values={values} errors={errors} />
        <TextField name="title" label="Titel" required values={values} errors={errors} width="xl" />
        <TextField
          name="date"
          label="Dato"
          type="date"
          hint="Skrives som åååå-mm-dd, fx 2021-04-07."
          values={values}
          errors={errors}
          width="s"
        />
        <TextField name="startTime" label="Starttidspunkt" type="time" values={values} errors={errors} width="xs" />
        <TextField name="place" label="Mødested" values={values} errors={errors} width="xl" />
        <h2>Deltagere</h2>
        <TextArea
          name="participants"
          label="Deltagere"
          rows={8}
          values={values}
          errors={errors}
          hint="Én pr. linje: navn; titel; side. Siden er kommune, boligorganisation eller øvrige; uden side gemmes deltageren under øvrige."
        />
        <TextArea name="absent" label="Fraværende" rows={3} values={values} errors={errors} hint="Samme form som deltagerne." />
        <h2>Opfølgning</h2>
        <div class="form-group form-group-checkbox">
          <input
            class="form-checkbox"
            type="checkbox"
            id="field-actionsDone"
            name="actionsDone"
            value="on"
            aria-describedby="hint-actionsDone"
            checked={Boolean(values.actionsDone)}
          />
          <label for="field-actionsDone">Opfølgningspunkterne i referatet er udført</label>
          <span class="form-hint" id="hint-actionsDone">
            Åbne opfølgningspunkter kommer med på dagsordenen til næste møde i samme række. Sæt flueben, når referatet er så gammelt, at
            punkterne er fulgt op.
          </span>
        </div>
        <h2>Punkter</h2>
        {count === 0 ? (
          <p>Der er ingen punkter. Mødet gemmes uden dagsorden.</p>
        ) : (
          <>
            <p>{countNoun(count, 'punkt', 'punkter')} blev læst. Punkterne nummereres igen, når mødet gemmes.</p>
            {Array.from({ length: count }, (_, i) => (
              <ItemFieldset
                i={i}
                number={numbers[i]}
                values={values}
                errors={errors}
                parent={parents[i] === null ? null : numbers[parents[i]!]}
                hasChildren={parents.includes(i)}
              />
            ))}
          </>
        )}
        <div class="sd-button-row">
          <button type="submit" class="button button-primary">
            Gem mødet
          </button>
          <a href={importPath(code)}>Annullér og indlæs en anden fil</a>
        </div>
      </form>
      <p class="sd-muted">Mødet oprettes i {name}.</p>
    </>
  );
}
