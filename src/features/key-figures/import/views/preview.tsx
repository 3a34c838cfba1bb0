import type { Child } from 'hono/jsx';
import { Alert, CsrfField, DescriptionList } from '../../../../ui/components.tsx';
import { formatDateTime, formatInteger, formatNumber } from '../../../../ui/format.ts';
import { LineErrorsTable, ScrollTable } from '../../../../ui/table.tsx';
import { countNoun } from '../../../../lib/plural.ts';
import type { ChangeSummary, TargetChange } from '../changes.ts';
import type { CatalogueIndicator } from '../layout.ts';
import type { PreviewReport } from '../report.ts';
import type { KeyFigureImport, KeyFigureImportPreview } from '../service.ts';
import type { LineError } from '../validate.ts';
import { describeChanges } from '../words.ts';
import { IMPORT_BASE } from './form.tsx';

type Names = Map<string, CatalogueIndicator>;

/** A value with the indicator's decimals, or the file's own when it has more: the preview shows what will be stored. */
function formatValue(n: number | null, indicator: CatalogueIndicator | undefined): string {
  if (n === null) return '–';
  const own = Number.isInteger(n) ? 0 : (String(n).split('.')[1]?.length ?? 0);
  return formatNumber(n, Math.max(indicator?.decimals ?? 0, own));
}

const yearsText = (years: number[]) =>
  years.length === 0
    ? '–'
    : years.length > 2 && years.at(-1)! - years[0] === years.length - 1
      ? `${years[0]}–${years.at(-1)}`
      : years.join(', ');

/** The form again, with what the user typed: the way back from a preview. */
export const againHref = (p: Pick<KeyFigureImportPreview, 'source' | 'year' | 'organisationId'>) => {
  const q = new URLSearchParams({ kilde: p.source });
  if (p.year !== null) q.set('aar', String(p.year));
  if (p.organisationId !== null) q.set('boligorganisation', String(p.organisationId));
  return `${IMPORT_BASE}?${q}`;
};

function facts(p: KeyFigureImportPreview, report: PreviewReport): [string, Child][] {
  return [
    ['Fil', p.fileName],
    ['Læst som', report.format],
    ['Kilde', p.source],
    ['År', p.year !== null ? `Kun ${p.year}` : yearsText(report.years)],
    ['Linjer med tal', formatInteger(report.rows)],
    ...(report.skipped ? [['Linjer for andre år, som springes over', formatInteger(report.skipped)] as [string, Child]] : []),
    ...(report.ignoredColumns.length ? [['Kolonner, der springes over', report.ignoredColumns.join(', ')] as [string, Child]] : []),
    ['Indlæst', formatDateTime(p.createdAt)],
  ];
}

export function ErrorReport({ errors }: { errors: LineError[] }) {
  const counted = errors.filter((e) => e.line !== null).length;
  return (
    <>
      <Alert kind="error" heading={`Der er ${counted === 1 ? 'en fejl' : `${formatInteger(counted)} fejl`} i filen`}>
        Intet er gemt. Ret fejlene i filen, og indlæs den igen.
      </Alert>
      <LineErrorsTable errors={errors} withColumns />
    </>
  );
}

export function SummaryTable({ summary, caption }: { summary: ChangeSummary; caption: string }) {
  const rows: [string, number][] = [
    ['Nye afdelingsår', summary.estateYears.new],
    ['Ændrede afdelingsår', summary.estateYears.changed],
    ['Uændrede afdelingsår', summary.estateYears.unchanged],
    ['Nye boligorganisationsår', summary.organisationYears.new],
    ['Ændrede boligorganisationsår', summary.organisationYears.changed],
    ['Uændrede boligorganisationsår', summary.organisationYears.unchanged],
    ['Nye værdier', summary.values.added],
    ['Ændrede værdier', summary.values.changed],
    ['Fjernede værdier', summary.values.removed],
  ];
  return (
    <table class="table table--compact">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, n]) => (
          <tr>
            <th scope="row">{label}</th>
            <td class="sd-number">{formatInteger(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function changeText(c: TargetChange, names: Names): string {
  return c.changes
    .map(({ code, before, after }) => {
      const i = names.get(code);
      const name = i?.name ?? code;
      const unit = i?.unit ? ` ${i.unit}` : '';
      if (before === null) return `${name}: ${formatValue(after, i)}${unit} (ny)`;
      if (after === null) return `${name}: ${formatValue(before, i)}${unit} fjernes`;
      return `${name}: ${formatValue(before, i)} → ${formatValue(after, i)}${unit}`;
    })
    .join('; ');
}

export function ChangesTable({ changes, total, names }: { changes: TargetChange[]; total: number; names: Names }) {
  if (changes.length === 0) return <p>Ingen tal ændres: filens tal er allerede indlæst.</p>;
  return (
    <>
      {total > changes.length && (
        <p>
          Viser de første {formatInteger(changes.length)} af {formatInteger(total)} afdelings- og boligorganisationsår, der ændres.
        </p>
      )}
      <ScrollTable label="Hvad ændres">
        <table class="table table--compact table--zebra">
          <caption>Hvad ændres</caption>
          <thead>
            <tr>
              <th scope="col" class="sd-number">
                Linje
              </th>
              <th scope="col">Afdeling eller boligorganisation</th>
              <th scope="col" class="sd-number">
                År
              </th>
              <th scope="col">Ændringer</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr>
                <td class="sd-number">{c.line}</td>
                <td>
                  {c.who}
                  {c.isNew ? ' (nyt år)' : ''}
                </td>
                <td class="sd-number">{c.year}</td>
                <td>{changeText(c, names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

function FirstRows({ report, names }: { report: PreviewReport; names: Names }) {
  return (
    <ScrollTable label="Filens første linjer">
      <table class="table table--compact table--zebra">
        <caption>Filens første linjer</caption>
        <thead>
          <tr>
            <th scope="col" class="sd-number">
              Linje
            </th>
            <th scope="col">Afdeling eller boligorganisation</th>
            <th scope="col" class="sd-number">
              År
            </th>
            {report.columns.map((code) => (
              <th scope="col" class="sd-number">
                {names.get(code)?.name ?? code}
                {names.get(code)?.unit ? ` (${names.get(code)!.unit})` : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.firstRows.map((r) => (
            <tr>
              <td class="sd-number">{r.line}</td>
              <td>{r.who}</td>
              <td class="sd-number">{r.year}</td>
              {report.columns.map((code) => (
                <td class="sd-number">{formatValue(r.values[code] ?? null, names.get(code))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

const changedYears = (s: ChangeSummary) =>
  s.estateYears.new + s.estateYears.changed + s.organisationYears.new + s.organisationYears.changed;

export function ImportPreview({
  preview,
  csrf,
  names,
  conflict,
}: {
  preview: KeyFigureImportPreview;
  csrf: string;
  names: Names;
  conflict?: string;
}) {
  const { report, errors } = preview;
  const hasErrors = errors.length > 0;
  return (
    <>
      <h1>{hasErrors ? 'Filen kan ikke importeres' : 'Forhåndsvisning af nøgletal'}</h1>
      {conflict && (
        <Alert kind={hasErrors ? 'error' : 'warning'} heading="Importen blev ikke gemt">
          {conflict}
        </Alert>
      )}
      <DescriptionList items={facts(preview, report)} />
      {preview.status === 'cancelled' && (
        <Alert kind="info" heading="Importen er annulleret">
          Intet er gemt.
        </Alert>
      )}
      {hasErrors ? (
        <>
          <ErrorReport errors={errors} />
          <p>
            <a class="button button-primary" href={againHref(preview)}>
              Indlæs en ny fil
            </a>
          </p>
        </>
      ) : (
        report.summary && (
          <>
            <p class="font-lead">Importen giver {describeChanges(report.summary)}.</p>
            {preview.status === 'preview' && <ConfirmButtons preview={preview} csrf={csrf} />}
            <h2>Hvad ændres</h2>
            <SummaryTable summary={report.summary} caption="Ændringer i alt" />
            <ChangesTable changes={report.changes} total={changedYears(report.summary)} names={names} />
            <h2>Filens første linjer</h2>
            <FirstRows report={report} names={names} />
          </>
        )
      )}
    </>
  );
}

function ConfirmButtons({ preview, csrf }: { preview: KeyFigureImportPreview; csrf: string }) {
  return (
    <div class="sd-actions">
      <form method="post" action={`${IMPORT_BASE}/${preview.id}`} class="sd-inline-form">
        <CsrfField token={csrf} />
        <button type="submit" class="button button-primary">
          Importér {countNoun(preview.report.rows, 'linje', 'linjer')}
        </button>
      </form>
      <form method="post" action={`${IMPORT_BASE}/${preview.id}/annuller`} class="sd-inline-form">
        <CsrfField token={csrf} />
        <button type="submit" class="button button-secondary">
          Annullér importen
        </button>
      </form>
    </div>
  );
}

/** After the confirmation: what was imported, as stored with the import. */
export function ImportResult({
  preview,
  result,
  names,
  organisation,
}: {
  preview: KeyFigureImportPreview;
  result: KeyFigureImport;
  names: Names;
  organisation: { id: number; name: string } | null;
}) {
  const summary = result.summary as ChangeSummary & { changes?: TargetChange[] };
  return (
    <>
      <h1>Nøgletallene er importeret</h1>
      <Alert kind="success" heading="Importen er gennemført">
        {`${result.fileName} gav ${describeChanges(summary)}.`}
      </Alert>
      <DescriptionList
        items={[
          ['Fil', result.fileName],
          ['Kilde', result.source],
          ['År', yearsText(result.years)],
          ['Linjer med tal', formatInteger(result.rowCount)],
          ['Læst som', result.format],
          ['Importeret', formatDateTime(result.createdAt)],
        ]}
      />
      <SummaryTable summary={summary} caption="Ændringer i alt" />
      <h2>Hvad er ændret</h2>
      <ChangesTable changes={summary.changes ?? []} total={changedYears(summary)} names={names} />
      <div class="sd-actions">
        <a class="button button-secondary" href={againHref(preview)}>
          Importér en fil mere
        </a>
        {organisation && <a href={`/boligorganisationer/${organisation.id}`}>Tilbage til {organisation.name}</a>}
      </div>
    </>
  );
}
