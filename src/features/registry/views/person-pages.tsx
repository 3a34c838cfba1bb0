import type { HistoryEntry } from '../../audit/index.ts';
import { HistoryTable } from '../../audit/index.ts';
import { DescriptionList, type ListQuery, Pagination, SortHeader } from '../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import type { listPersonMemberships } from '../memberships.ts';
import { PAGE_SIZE } from '../organisations.ts';
import type { getPerson, listPeople } from '../people.ts';
import { MEMBERSHIP_ROLES } from '../schemas.ts';
import { ListFilters } from './filters.tsx';
import { formatPeriod } from './members.tsx';
import { ScrollTable } from '../../../ui/table.tsx';

export function PersonList({
  query,
  result,
  canCreate,
}: {
  query: ListQuery;
  result: Awaited<ReturnType<typeof listPeople>>;
  canCreate: boolean;
}) {
  return (
    <>
      <h1>Personer</h1>
      <p class="font-lead">Bestyrelsesmedlemmer, medarbejdere og forummedlemmer med titel og periode – de personer, du har adgang til.</p>
      {canCreate && (
        <div class="sd-actions">
          <a class="button button-primary" href="/personer/ny">
            Opret person
          </a>
        </div>
      )}
      <ListFilters action="/personer" query={query} searchLabel="Søg på navn eller e-mail" />
      {result.rows.length === 0 ? (
        <p>Ingen personer matcher søgningen.</p>
      ) : (
        <ScrollTable label="Personer">
          <table class="table table--zebra">
            <caption class="sr-only">Personer</caption>
            <thead>
              <tr>
                <SortHeader label="Navn" column="navn" query={query} />
                <SortHeader label="E-mail" column="email" query={query} />
                <th scope="col">Telefon</th>
                <th scope="col">Nuværende roller</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((p) => (
                <tr>
                  <td>
                    <a href={`/personer/${p.id}`}>{p.name}</a>
                  </td>
                  <td>{p.email ?? '–'}</td>
                  <td>{p.phone ?? '–'}</td>
                  <td>{p.roles ?? '–'}</td>
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

function MembershipTable({ memberships, csrf }: { memberships: Awaited<ReturnType<typeof listPersonMemberships>>; csrf: string }) {
  if (memberships.length === 0) return <p class="sd-muted">Ingen medlemskaber, du har adgang til.</p>;
  const actions = memberships.some((m) => m.canEdit);
  return (
    <ScrollTable label="Medlemskaber">
      <table class="table table--compact">
        <caption class="sr-only">Medlemskaber</caption>
        <thead>
          <tr>
            <th scope="col">Tilknytning</th>
            <th scope="col">Titel</th>
            <th scope="col">Rolle</th>
            <th scope="col">Periode</th>
            {actions && <th scope="col">Handling</th>}
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => (
            <tr class={m.current ? undefined : 'sd-muted'}>
              <td>
                <a href={m.bodyHref}>{m.bodyName}</a>
              </td>
              <td>{m.title}</td>
              <td>{MEMBERSHIP_ROLES[m.role]}</td>
              <td>
                {formatPeriod(m)}
                {!m.current && <span class="sr-only"> (afsluttet)</span>}
              </td>
              {actions && (
                <td>
                  {m.canEdit && (
                    <div class="sd-actions">
                      <a href={`/medlemskaber/${m.id}/rediger`}>
                        Redigér<span class="sr-only"> {`${m.title}, ${m.bodyName}`}</span>
                      </a>
                      {m.canEnd && (
                        <ConfirmLink href={`/medlemskaber/${m.id}/afslut`} label="Afslut i dag" hiddenLabel={`${m.title}, ${m.bodyName}`} />
                      )}
                      {m.canReopen && (
                        <UndoButton
                          action={`/medlemskaber/${m.id}/genoptag`}
                          csrf={csrf}
                          label="Fortryd afslutning"
                          hiddenLabel={`${m.title}, ${m.bodyName}`}
                          fields={{ version: String(m.version) }}
                        />
                      )}
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function PersonDetail({
  person: p,
  memberships,
  history,
  canAddMembership,
  csrf,
}: {
  person: Awaited<ReturnType<typeof getPerson>>;
  memberships: Awaited<ReturnType<typeof listPersonMemberships>>;
  history: HistoryEntry[];
  canAddMembership: boolean;
  csrf: string;
}) {
  return (
    <>
      <h1>{p.name}</h1>
      <DescriptionList
        items={[
          ['E-mail', p.email ?? '–'],
          ['Telefon', p.phone ?? '–'],
        ]}
      />
      {(p.canEdit || canAddMembership) && (
        <div class="sd-actions">
          {p.canEdit && (
            <a class="button button-secondary" href={`/personer/${p.id}/rediger`}>
              Redigér
            </a>
          )}
          {canAddMembership && (
            <a class="button button-secondary" href={`/personer/${p.id}/medlemskaber/ny`}>
              Tilføj medlemskab
            </a>
          )}
        </div>
      )}
      <h2>Medlemskaber</h2>
      <MembershipTable memberships={memberships} csrf={csrf} />
      <h2>Historik</h2>
      <HistoryTable entries={history} />
    </>
  );
}
