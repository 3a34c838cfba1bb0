import type { Child } from 'hono/jsx';
import type { HistoryEntry } from '../../audit/index.ts';
import { HistoryTable } from '../../audit/index.ts';
import { Alert, DescriptionList, type ListQuery, Pagination, SortHeader } from '../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import { formatInteger } from '../../../ui/format.ts';
import type { getEstate, listEstates } from '../estates.ts';
import { PAGE_SIZE } from '../organisations.ts';
import { ListFilters } from './filters.tsx';
import { ScrollTable } from '../../../ui/table.tsx';

type Option = { value: string; label: string };
type Rows = Awaited<ReturnType<typeof listEstates>>['rows'];

export function EstateTable({ rows, query, showOrganisation }: { rows: Rows; query: ListQuery; showOrganisation: boolean }) {
  if (rows.length === 0) return <p>Ingen afdelinger.</p>;
  return (
    <ScrollTable label="Afdelinger">
      <table class="table table--zebra">
        <caption class="sr-only">Afdelinger</caption>
        <thead>
          <tr>
            <SortHeader label="Nr." column="nummer" query={query} numeric />
            <SortHeader label="Navn" column="navn" query={query} />
            {showOrganisation && <SortHeader label="Boligorganisation" column="organisation" query={query} />}
            <SortHeader label="Kommune" column="kommune" query={query} />
            <SortHeader label="Boliger" column="boliger" query={query} numeric />
            <SortHeader label="Areal (m²)" column="areal" query={query} numeric />
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr>
              <td class="sd-number">{e.number}</td>
              <td>
                <a href={`/afdelinger/${e.id}`}>{e.name}</a>
                {!e.active && <span class="sd-status-inactive"> (inaktiv)</span>}
              </td>
              {showOrganisation && (
                <td>
                  <a href={`/boligorganisationer/${e.organisationId}`}>{e.organisationName}</a>
                </td>
              )}
              <td>{e.municipalityName}</td>
              <td class="sd-number">{formatInteger(e.homes)}</td>
              <td class="sd-number">{formatInteger(e.areaM2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function EstateList({
  query,
  result,
  municipalities,
}: {
  query: ListQuery;
  result: Awaited<ReturnType<typeof listEstates>>;
  municipalities: Option[];
}) {
  return (
    <>
      <h1>Afdelinger</h1>
      <ListFilters action="/afdelinger" query={query} municipalities={municipalities} searchLabel="Søg på navn, adresse eller nummer" />
      <EstateTable rows={result.rows} query={query} showOrganisation />
      <Pagination query={query} total={result.total} pageSize={PAGE_SIZE} />
    </>
  );
}

export function EstateDetail({
  estate: e,
  history,
  csrf,
  keyFigures,
}: {
  estate: Awaited<ReturnType<typeof getEstate>>;
  history: HistoryEntry[];
  csrf: string;
  /** The key figures' section (their latest colour and a link), contributed through src/wiring.ts. */
  keyFigures?: Child;
}) {
  return (
    <>
      <h1>
        {e.name} <span class="sd-muted">(afd. {e.number})</span>
      </h1>
      {!e.active && (
        <Alert kind="warning" heading="Afdelingen er deaktiveret">
          <p>Den tælles ikke med i boligorganisationens afdelinger og boliger.</p>
          {e.canEdit && (
            <UndoButton action={`/afdelinger/${e.id}/genaktiver`} csrf={csrf} label="Genaktivér" fields={{ version: String(e.version) }} />
          )}
        </Alert>
      )}
      <DescriptionList
        items={[
          [
            'Boligorganisation',
            <a href={`/boligorganisationer/${e.organisationId}`}>
              {e.organisationName} ({e.organisationLbf})
            </a>,
          ],
          ['Afdelingsnummer', String(e.number)],
          ['Adresse', [e.address, [e.postalCode, e.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '–'],
          ['Beliggenhedskommune', e.municipalityName],
          ['Boliger i alt', formatInteger(e.homes)],
          ['Familieboliger', formatInteger(e.homesFamily)],
          ['Ældreboliger', formatInteger(e.homesElderly)],
          ['Ungdomsboliger', formatInteger(e.homesYouth)],
          ['Plejeboliger', formatInteger(e.homesCare)],
          ['Areal', `${formatInteger(e.areaM2)} m²`],
          ['Opførelsesår', e.yearBuilt ? String(e.yearBuilt) : '–'],
        ]}
      />
      {e.canEdit && (
        <div class="sd-actions">
          <a class="button button-secondary" href={`/afdelinger/${e.id}/rediger`}>
            Redigér
          </a>
          {e.active && <ConfirmLink href={`/afdelinger/${e.id}/deaktiver`} label="Deaktivér" />}
        </div>
      )}
      {keyFigures}
      <h2>Historik</h2>
      <HistoryTable entries={history} />
    </>
  );
}
