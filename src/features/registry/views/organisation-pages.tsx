import type { Child } from 'hono/jsx';
import type { HistoryEntry } from '../../audit/index.ts';
import { HistoryTable } from '../../audit/index.ts';
import { Alert, DescriptionList, type ListQuery, Pagination, SortHeader } from '../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import { formatFiscalYearEnd, formatInteger } from '../../../ui/format.ts';
import type { getOrganisation, listOrganisations } from '../organisations.ts';
import { PAGE_SIZE } from '../organisations.ts';
import type { listEstates } from '../estates.ts';
import type { listMembers } from '../people.ts';
import type { OrganisationLink } from '../contributions.ts';
import { EstateTable } from './estate-pages.tsx';
import { ListFilters } from './filters.tsx';
import { MemberTable } from './members.tsx';
import { ScrollTable } from '../../../ui/table.tsx';

type Option = { value: string; label: string };

export function OrganisationList({
  query,
  result,
  municipalities,
  canCreate,
}: {
  query: ListQuery;
  result: Awaited<ReturnType<typeof listOrganisations>>;
  municipalities: Option[];
  canCreate: boolean;
}) {
  return (
    <>
      <h1>Boligorganisationer</h1>
      {canCreate && (
        <div class="sd-actions">
          <a class="button button-primary" href="/boligorganisationer/ny">
            Opret boligorganisation
          </a>
        </div>
      )}
      <ListFilters action="/boligorganisationer" query={query} municipalities={municipalities} searchLabel="Søg på navn eller LBF-nummer" />
      {result.rows.length === 0 ? (
        <p>Ingen boligorganisationer matcher søgningen.</p>
      ) : (
        <ScrollTable label="Boligorganisationer">
          <table class="table table--zebra">
            <caption class="sr-only">Boligorganisationer</caption>
            <thead>
              <tr>
                <SortHeader label="Navn" column="navn" query={query} />
                <SortHeader label="LBF-nr." column="lbf" query={query} numeric />
                <SortHeader label="Tilsynskommune" column="kommune" query={query} />
                <th scope="col">Administration</th>
                <SortHeader label="Afdelinger" column="afdelinger" query={query} numeric />
                <SortHeader label="Boliger" column="boliger" query={query} numeric />
              </tr>
            </thead>
            <tbody>
              {result.rows.map((o) => (
                <tr>
                  <td>
                    <a href={`/boligorganisationer/${o.id}`}>{o.name}</a>
                    {!o.active && <span class="sd-status-inactive"> (inaktiv)</span>}
                  </td>
                  <td class="sd-number">{o.lbfNumber}</td>
                  <td>{o.municipalityName}</td>
                  <td>{o.administratorName ?? '–'}</td>
                  <td class="sd-number">{formatInteger(o.estates)}</td>
                  <td class="sd-number">{formatInteger(o.homes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <Pagination query={query} total={result.total} pageSize={PAGE_SIZE} />
    </>
  );
}

export function OrganisationDetail({
  organisation: o,
  estates,
  query,
  history,
  members,
  csrf,
  showDialogue,
  links = [],
}: {
  organisation: Awaited<ReturnType<typeof getOrganisation>>;
  estates: Awaited<ReturnType<typeof listEstates>>;
  query: ListQuery;
  history: HistoryEntry[];
  members: Awaited<ReturnType<typeof listMembers>>;
  csrf: string;
  showDialogue: boolean;
  /** Other features' lines about the organisation (src/wiring.ts). */
  links?: OrganisationLink[];
}) {
  return (
    <>
      <h1>{o.name}</h1>
      {!o.active && (
        <Alert kind="warning" heading="Boligorganisationen er deaktiveret">
          <p>Den vises ikke i kommunens tilsynsoversigt.</p>
          {o.canSupervise && (
            <UndoButton
              action={`/boligorganisationer/${o.id}/genaktiver`}
              csrf={csrf}
              label="Genaktivér"
              fields={{ version: String(o.version) }}
            />
          )}
        </Alert>
      )}
      <DescriptionList
        items={[
          ['LBF-nummer', String(o.lbfNumber)],
          ['Tilsynskommune', <a href={`/kommuner/${o.municipalityCode}`}>{o.municipalityName}</a>],
          [
            'Administrationsorganisation',
            o.administratorId ? (
              <a href={`/administrationsorganisationer/${o.administratorId}`}>{o.administratorName}</a>
            ) : (
              'Egen administration'
            ),
          ],
          ['Regnskabsåret slutter', formatFiscalYearEnd(o.fiscalYearEndMonth)],
          ['Adresse', [o.address, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '–'],
          ['E-mail', o.email ?? '–'],
          ['Hjemmeside', o.website ?? '–'],
          ...(showDialogue
            ? [
                [
                  'Styringsdialog',
                  <a href={`/boligorganisationer/${o.id}/styringsdialog`}>Årets styringsdialog, frister og dokumentationspakke</a>,
                ] as [string, Child],
              ]
            : []),
          ...links.map((l): [string, Child] => [l.term, <a href={l.href}>{l.label}</a>]),
        ]}
      />
      {o.canEdit && (
        <div class="sd-actions">
          <a class="button button-secondary" href={`/boligorganisationer/${o.id}/rediger`}>
            Redigér
          </a>
          <a class="button button-secondary" href={`/boligorganisationer/${o.id}/afdelinger/ny`}>
            Opret afdeling
          </a>
          <a class="button button-secondary" href={`/boligorganisationer/${o.id}/afdelinger/import`}>
            Importér afdelinger
          </a>
          {o.canSupervise && o.active && <ConfirmLink href={`/boligorganisationer/${o.id}/deaktiver`} label="Deaktivér" />}
        </div>
      )}
      <h2>Afdelinger</h2>
      <EstateTable rows={estates.rows} query={query} showOrganisation={false} />
      <Pagination query={query} total={estates.total} pageSize={PAGE_SIZE} />
      <h2>Organisationsbestyrelse og kontakter</h2>
      <MemberTable members={members} />
      {o.canEdit && (
        <p>
          <a href={`/personer/ny?organisation=${o.id}`}>Tilføj person til organisationen</a>
        </p>
      )}
      <h2>Historik</h2>
      <HistoryTable entries={history} />
    </>
  );
}
