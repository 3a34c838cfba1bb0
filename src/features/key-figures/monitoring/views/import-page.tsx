import { countNoun } from '../../../../lib/plural.ts';
import { TABLE_FILE_TYPES } from '../../../../lib/table-file/index.ts';
import { Alert, CsrfField, ErrorSummary, FileField } from '../../../../ui/components.tsx';
import { ImportColumnsTable, LineErrorsTable } from '../../../../ui/table.tsx';
import { IMPORT_COLUMNS, type ImportOutcome, type LineError } from '../import.ts';

/* The upload form for area figures, the columns it understands, and the report of an import. */

export function ImportPage(p: {
  base: string;
  municipalityName: string;
  csrf: string;
  maxMb: number;
  /** One message about the file as a whole (none chosen, too large). */
  fileError?: string;
  outcome?: ImportOutcome;
}) {
  const errors: LineError[] = p.outcome && !p.outcome.ok ? p.outcome.errors : [];
  const fieldError = p.fileError ?? (errors.length ? 'Filen blev ikke importeret. Ret fejlene nedenfor, og indlæs filen igen.' : undefined);
  const done = p.outcome?.ok ? p.outcome : null;
  return (
    <>
      <h1>Importér tal for boligområder</h1>
      <ErrorSummary errors={fieldError ? { file: fieldError } : undefined} />
      {done && (
        <Alert kind="success" heading="Tallene er importeret">
          <p>
            {countNoun(done.rows, 'linje', 'linjer')} læst ({done.format}): {countNoun(done.counts.created, 'nyt år', 'nye år')},{' '}
            {countNoun(done.counts.updated, 'ændret år', 'ændrede år')} og {countNoun(done.counts.unchanged, 'uændret år', 'uændrede år')}.
            {done.ignored.length > 0 && ` Kolonner, der blev sprunget over: ${done.ignored.slice(0, 20).join(', ')}.`}
          </p>
          <p>
            <a href={p.base}>Se boligområderne i {p.municipalityName}</a>
          </p>
        </Alert>
      )}
      {errors.length > 0 && (
        <>
          <h2>Fejl i filen</h2>
          <p>Intet er gemt. {p.outcome && !p.outcome.ok && p.outcome.format ? `Filen blev læst som ${p.outcome.format}.` : ''}</p>
          <LineErrorsTable errors={errors} />
        </>
      )}
      <p>
        Indlæs en CSV- eller XLSX-fil (Excel) med én linje pr. boligområde og år. Filen importeres kun, hvis alle linjer er i orden; tal,
        der allerede er gemt for et område og år, erstattes.
      </p>
      <p>
        <a href={`${p.base}/import/skabelon.csv`} download="boligomraader-skabelon.csv">
          Hent skabelonen (CSV) med kommunens boligområder
        </a>
      </p>
      <form method="post" action={`${p.base}/import`} enctype="multipart/form-data">
        <CsrfField token={p.csrf} />
        <FileField
          name="file"
          label="Fil med tal"
          hint={`CSV (semikolon, komma eller tabulator; UTF-8 eller Windows-1252) eller XLSX (første ark). Højst ${p.maxMb} MB.`}
          accept={TABLE_FILE_TYPES}
          errors={fieldError ? { file: fieldError } : undefined}
        />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Importér
          </button>
          <a href={p.base}>Annullér</a>
        </div>
      </form>
      <h2>Kolonner</h2>
      <p>
        Første linje skal være kolonneoverskrifter. Store og små bogstaver, mellemrum og æ/ø/å skrevet som ae/oe/aa er lige meget. Andre
        kolonner springes over. Tal må skrives på dansk, fx 1.234 eller 42,5. Boligområdet skrives med navnet, som det står på kommunens
        liste.
      </p>
      <ImportColumnsTable columns={IMPORT_COLUMNS} />
    </>
  );
}
