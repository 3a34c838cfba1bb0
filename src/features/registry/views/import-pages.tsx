import { TABLE_FILE_TYPES } from '../../../lib/table-file/index.ts';
import { Alert, CsrfField, DescriptionList, ErrorSummary, FileField } from '../../../ui/components.tsx';
import { formatDateTime, formatInteger } from '../../../ui/format.ts';
import { COLUMNS, MAX_ROWS } from '../import/columns.ts';
import type { EstateImport } from '../import/service.ts';
import type { ImportRow } from '../import/validate.ts';
import { countNoun, pluralNoun } from '../../../lib/plural.ts';
import { ImportColumnsTable, LineErrorsTable, ScrollTable } from '../../../ui/table.tsx';

type Org = { id: number; name: string };
const base = (o: Org) => `/boligorganisationer/${o.id}/afdelinger/import`;

/** The upload form with the columns it understands; `error` is one message about the whole file. */
export function ImportForm({ organisation, csrf, error, maxMb }: { organisation: Org; csrf: string; error?: string; maxMb: number }) {
  const errors = error ? { file: error } : undefined;
  return (
    <>
      <h1>Importér afdelinger til {organisation.name}</h1>
      <ErrorSummary errors={errors} />
      <p>
        Indlæs en CSV- eller XLSX-fil (Excel) med én linje pr. afdeling. Du ser en forhåndsvisning, før noget gemmes, og importen gemmes
        kun, hvis alle linjer er i orden.
      </p>
      <p>
        <a href={`${base(organisation)}/skabelon.csv`} download="afdelinger-skabelon.csv">
          Hent skabelonen (CSV)
        </a>
      </p>
      <form method="post" action={base(organisation)} enctype="multipart/form-data">
        <CsrfField token={csrf} />
        <FileField
          name="file"
          label="Fil med afdelinger"
          hint={`CSV (semikolon, komma eller tabulator; UTF-8 eller Windows-1252) eller XLSX (første ark). Højst ${maxMb} MB og ${formatInteger(MAX_ROWS)} linjer.`}
          accept={TABLE_FILE_TYPES}
          errors={error ? { file: error } : undefined}
        />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Vis forhåndsvisning
          </button>
          <a href={`/boligorganisationer/${organisation.id}`}>Annullér</a>
        </div>
      </form>
      <h2>Kolonner</h2>
      <p>
        Første linje skal være kolonneoverskrifter. Store og små bogstaver, mellemrum og æ/ø/å skrevet som ae/oe/aa er lige meget. Andre
        kolonner springes over. Tal må skrives på dansk, fx 1.234 eller 1.234,5.
      </p>
      <ImportColumnsTable columns={COLUMNS} />
      <p>
        Et afdelingsnummer, som boligorganisationen allerede har, opdaterer den afdeling; tomme celler og kolonner, der ikke er med, ændrer
        ikke afdelingen. Er kommunekoden tom for en ny afdeling, bruges boligorganisationens kommune.
      </p>
    </>
  );
}

const ACTION_LABELS: Record<ImportRow['action'], string> = { create: 'Oprettes', update: 'Opdateres', unchanged: 'Uændret' };
const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header]));
/** A preview this long is checked by its counts; showing every line would only make the page slow. */
const SHOWN = 500;

function count(rows: ImportRow[], action: ImportRow['action']) {
  return rows.filter((r) => r.action === action).length;
}

export function ImportPreview({
  organisation,
  imp,
  csrf,
  municipalities,
  conflict,
}: {
  organisation: Org;
  imp: EstateImport;
  csrf: string;
  municipalities: Map<string, string>;
  conflict?: string;
}) {
  const creates = count(imp.rows, 'create');
  const updates = count(imp.rows, 'update');
  const unchanged = count(imp.rows, 'unchanged');
  const hasErrors = imp.errors.length > 0;
  return (
    <>
      <h1>{hasErrors ? 'Filen kan ikke importeres' : 'Forhåndsvisning af import'}</h1>
      {conflict && (
        <Alert kind="error" heading="Importen blev ikke gemt">
          {conflict}
        </Alert>
      )}
      <DescriptionList
        items={[
          ['Boligorganisation', <a href={`/boligorganisationer/${organisation.id}`}>{organisation.name}</a>],
          ['Fil', imp.fileName],
          ['Læst som', imp.format],
          ['Indlæst', formatDateTime(imp.createdAt)],
          ...(imp.ignoredColumns.length ? [['Kolonner, der springes over', imp.ignoredColumns.join(', ')] as [string, string]] : []),
        ]}
      />
      {imp.status === 'imported' && (
        <Alert kind="success" heading="Importen er gennemført">
          Afdelingerne er gemt{imp.finishedAt ? ` ${formatDateTime(imp.finishedAt)}` : ''}.
        </Alert>
      )}
      {imp.status === 'cancelled' && (
        <Alert kind="info" heading="Importen er annulleret">
          Intet er gemt.
        </Alert>
      )}
      {hasErrors ? (
        <>
          <Alert
            kind="error"
            heading={`Der er ${imp.errors.length === 1 ? 'en fejl' : `${formatInteger(imp.errors.length)} fejl`} i filen`}
          >
            Intet er gemt. Ret fejlene i filen, og indlæs den igen.
          </Alert>
          <LineErrorsTable errors={imp.errors} />
          <p>
            <a class="button button-primary" href={base(organisation)}>
              Indlæs en ny fil
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="font-lead">
            {formatInteger(creates)} {pluralNoun(creates, 'ny afdeling oprettes', 'nye afdelinger oprettes')}, {formatInteger(updates)}{' '}
            opdateres, {formatInteger(unchanged)} er uændrede.
          </p>
          {imp.status === 'preview' && <ConfirmButtons organisation={organisation} imp={imp} csrf={csrf} writes={creates + updates} />}
          <PreviewTable rows={imp.rows} municipalities={municipalities} />
        </>
      )}
    </>
  );
}

function ConfirmButtons({ organisation, imp, csrf, writes }: { organisation: Org; imp: EstateImport; csrf: string; writes: number }) {
  return (
    <div class="sd-actions">
      {writes > 0 && (
        <form method="post" action={`${base(organisation)}/${imp.id}`} class="sd-inline-form">
          <CsrfField token={csrf} />
          <button type="submit" class="button button-primary">
            Importér {countNoun(writes, 'afdeling', 'afdelinger')}
          </button>
        </form>
      )}
      <form method="post" action={`${base(organisation)}/${imp.id}/annuller`} class="sd-inline-form">
        <CsrfField token={csrf} />
        <button type="submit" class="button button-secondary">
          Annullér importen
        </button>
      </form>
    </div>
  );
}

function PreviewTable({ rows, municipalities }: { rows: ImportRow[]; municipalities: Map<string, string> }) {
  return (
    <>
      {rows.length > SHOWN && (
        <p>
          Viser de første {formatInteger(SHOWN)} af {formatInteger(rows.length)} linjer.
        </p>
      )}
      {/* Focusable so keyboard users can scroll the wide table sideways. */}
      <ScrollTable label="Afdelinger i filen">
        <table class="table table--compact table--zebra">
          <caption>Afdelinger i filen</caption>
          <thead>
            <tr>
              <th scope="col" class="sd-number">
                Linje
              </th>
              <th scope="col">Handling</th>
              <th scope="col" class="sd-number">
                Nr.
              </th>
              <th scope="col">Navn</th>
              <th scope="col">Adresse</th>
              <th scope="col">Kommune</th>
              <th scope="col" class="sd-number">
                Familieboliger
              </th>
              <th scope="col" class="sd-number">
                Ældreboliger
              </th>
              <th scope="col" class="sd-number">
                Ungdomsboliger
              </th>
              <th scope="col" class="sd-number">
                Plejeboliger
              </th>
              <th scope="col" class="sd-number">
                Areal (m²)
              </th>
              <th scope="col" class="sd-number">
                Opført
              </th>
              <th scope="col">Ændres</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const v = r.values;
              return (
                <tr>
                  <td class="sd-number">{r.line}</td>
                  <td>{ACTION_LABELS[r.action]}</td>
                  <td class="sd-number">{v.number}</td>
                  <td>{v.name}</td>
                  <td>{[v.address, [v.postalCode, v.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '–'}</td>
                  <td>{municipalities.get(v.municipalityCode) ?? v.municipalityCode}</td>
                  <td class="sd-number">{formatInteger(v.homesFamily)}</td>
                  <td class="sd-number">{formatInteger(v.homesElderly)}</td>
                  <td class="sd-number">{formatInteger(v.homesYouth)}</td>
                  <td class="sd-number">{formatInteger(v.homesCare)}</td>
                  <td class="sd-number">{formatInteger(v.areaM2)}</td>
                  <td class="sd-number">{v.yearBuilt ?? '–'}</td>
                  <td>{r.changes.map((k) => HEADERS[k]).join(', ') || '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
