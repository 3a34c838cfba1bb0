import type { HistoryEntry } from '../../audit/index.ts';
import { HistoryTable } from '../../audit/index.ts';
import { Alert, DescriptionList, type ListQuery, Pagination, SortHeader } from '../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import { formatInteger } from '../../../ui/format.ts';
import type { getAdministrator, listAdministratorOrganisations, listAdministrators } from '../administrators.ts';
import { PAGE_SIZE } from '../organisations.ts';
import type { listMembers } from '../people.ts';
import { ListFilters } from './filters.tsx';
import { MemberTable } from './members.tsx';
import { countNoun } from '../../../lib/plural.ts';
import { ScrollTable } from '../../../ui/table.tsx';

type Option = { value: string; label: string };

export function AdministratorList({
  query,
  result,
  municipalities,
  canCreate,
}: {
  query: ListQuery;
  result: Awaited<ReturnType<typeof listAdministrators>>;
  municipalities: Option[];
  canCreate: boolean;
}) {
  return (
    <>
      <h1>Administrationsorganisationer</h1>
      <p class="font-lead">Selskaber, der administrerer boligorganisationer – ofte for mange organisationer i flere kommuner.</p>
      {canCreate && (
        <div class="sd-actions">
          <a class="button button-primary" href="/administrationsorganisationer/ny">
            Opret administrationsorganisation
          </a>
        </div>
      )}
      <ListFilters
        action="/administrationsorganisationer"
        query={query}
        municipalities={municipalities}
        searchLabel="Søg på navn eller CVR-nummer"
      />
      {result.rows.length === 0 ? (
        <p>Ingen administrationsorganisationer matcher søgningen.</p>
      ) : (
        <ScrollTable label="Administrationsorganisationer">
          <table class="table table--zebra">
            <caption class="sr-only">Administrationsorganisationer</caption>
            <thead>
              <tr>
                <SortHeader label="Navn" column="navn" query={query} />
                <th scope="col">CVR-nr.</th>
                <SortHeader label="Boligorganisationer" column="organisationer" query={query} numeric />
                <SortHeader label="Kommuner" column="kommuner" query={query} numeric />
              </tr>
            </thead>
            <tbody>
              {result.rows.map((a) => (
                <tr>
                  <td>
                    <a href={`/administrationsorganisationer/${a.id}`}>{a.name}</a>
                    {!a.active && <span class="sd-status-inactive"> (inaktiv)</span>}
                  </td>
                  <td>{a.cvr ?? '–'}</td>
                  <td class="sd-number">{formatInteger(a.organisations)}</td>
                  <td class="sd-number">{formatInteger(a.municipalities)}</td>
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

type OrgRows = Awaited<ReturnType<typeof listAdministratorOrganisations>>['rows'];

/** The visible organisations on this page, one table per supervising municipality. */
function OrganisationsByMunicipality({ rows }: { rows: OrgRows }) {
  const groups = new Map<string, OrgRows>();
  for (const r of rows) groups.set(r.municipalityName, [...(groups.get(r.municipalityName) ?? []), r]);
  return (
    <>
      {[...groups].map(([municipality, orgs]) => (
        <section>
          <h3>{municipality}</h3>
          <ScrollTable label={`Boligorganisationer med tilsyn i ${municipality}`}>
            <table class="table table--compact">
              <caption class="sr-only">{`Boligorganisationer med tilsyn i ${municipality}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Boligorganisation</th>
                  <th scope="col" class="sd-number">
                    LBF-nr.
                  </th>
                  <th scope="col" class="sd-number">
                    Afdelinger
                  </th>
                </tr>
              </thead>
              <tbody>
                {orgs.map((o) => (
                  <tr>
                    <td>
                      <a href={`/boligorganisationer/${o.id}`}>{o.name}</a>
                      {!o.active && <span class="sd-status-inactive"> (inaktiv)</span>}
                    </td>
                    <td class="sd-number">{o.lbfNumber}</td>
                    <td class="sd-number">{formatInteger(o.estates)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ))}
    </>
  );
}

export function AdministratorDetail({
  administrator: a,
  organisations,
  page,
  staff,
  showContact,
  history,
  csrf,
}: {
  administrator: Awaited<ReturnType<typeof getAdministrator>>;
  organisations: Awaited<ReturnType<typeof listAdministratorOrganisations>>;
  page: number;
  staff: Awaited<ReturnType<typeof listMembers>>;
  showContact: boolean;
  history: HistoryEntry[] | null;
  csrf: string;
}) {
  return (
    <>
      <h1>{a.name}</h1>
      {!a.active && (
        <Alert kind="warning" heading="Administrationsorganisationen er deaktiveret">
          <p>Den kan ikke vælges som administrationsorganisation for en boligorganisation.</p>
          {a.canChangeStatus && (
            <UndoButton
              action={`/administrationsorganisationer/${a.id}/genaktiver`}
              csrf={csrf}
              label="Genaktivér"
              fields={{ version: String(a.version) }}
            />
          )}
        </Alert>
      )}
      <DescriptionList
        items={[
          ['CVR-nummer', a.cvr ?? '–'],
          ['Adresse', a.address ?? '–'],
          ['E-mail', a.email ?? '–'],
          ['Telefon', a.phone ?? '–'],
          [
            'Administrerer',
            `${countNoun(a.organisationCount, 'boligorganisation', 'boligorganisationer')} i ${countNoun(a.municipalityCount, 'kommune', 'kommuner')}`,
          ],
        ]}
      />
      {(a.canEdit || (a.canChangeStatus && a.active)) && (
        <div class="sd-actions">
          {a.canEdit && (
            <a class="button button-secondary" href={`/administrationsorganisationer/${a.id}/rediger`}>
              Redigér
            </a>
          )}
          {a.canChangeStatus && a.active && <ConfirmLink href={`/administrationsorganisationer/${a.id}/deaktiver`} label="Deaktivér" />}
        </div>
      )}
      <h2>Boligorganisationer</h2>
      {organisations.total === 0 ? (
        <p class="sd-muted">Ingen af organisationens boligorganisationer er i dit område.</p>
      ) : (
        <>
          <p class="sd-muted">Boligorganisationer, du har adgang til, efter tilsynskommune.</p>
          <OrganisationsByMunicipality rows={organisations.rows} />
          <Pagination query={{ page, sort: '', dir: 'asc' }} total={organisations.total} pageSize={PAGE_SIZE} />
        </>
      )}
      <h2>Medarbejdere</h2>
      <MemberTable members={staff} showContact={showContact} linkPeople={showContact} caption="Medarbejdere" />
      {a.canEdit && (
        <p>
          <a href={`/personer/ny?administrator=${a.id}`}>Tilføj medarbejder</a>
        </p>
      )}
      {history && (
        <>
          <h2>Historik</h2>
          <HistoryTable entries={history} />
        </>
      )}
    </>
  );
}
