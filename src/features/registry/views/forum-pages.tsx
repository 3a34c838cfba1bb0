import type { HistoryEntry } from '../../audit/index.ts';
import { HistoryTable } from '../../audit/index.ts';
import { Alert, DescriptionList, type ListQuery, Pagination, SortHeader } from '../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import { formatInteger } from '../../../ui/format.ts';
import type { getForum, listFora } from '../fora.ts';
import { PAGE_SIZE } from '../organisations.ts';
import type { listMembers } from '../people.ts';
import { ListFilters } from './filters.tsx';
import { MemberTable } from './members.tsx';
import { ScrollTable } from '../../../ui/table.tsx';

type Option = { value: string; label: string };

export function ForumList({
  query,
  result,
  municipalities,
  canCreate,
}: {
  query: ListQuery;
  result: Awaited<ReturnType<typeof listFora>>;
  municipalities: Option[];
  canCreate: boolean;
}) {
  return (
    <>
      <h1>Fora</h1>
      <p class="font-lead">Kommunernes faste fora og udvalg om de almene boliger med medlemmer, kommissorium og sekretariat.</p>
      {canCreate && (
        <div class="sd-actions">
          <a class="button button-primary" href="/fora/ny">
            Opret forum
          </a>
        </div>
      )}
      <ListFilters action="/fora" query={query} municipalities={municipalities} searchLabel="Søg på navn eller kommissorium" />
      {result.rows.length === 0 ? (
        <p>Ingen fora matcher søgningen.</p>
      ) : (
        <ScrollTable label="Fora">
          <table class="table table--zebra">
            <caption class="sr-only">Fora</caption>
            <thead>
              <tr>
                <SortHeader label="Navn" column="navn" query={query} />
                <SortHeader label="Kommune" column="kommune" query={query} />
                <SortHeader label="Møder om året" column="moeder" query={query} numeric />
                <SortHeader label="Medlemmer" column="medlemmer" query={query} numeric />
              </tr>
            </thead>
            <tbody>
              {result.rows.map((f) => (
                <tr>
                  <td>
                    <a href={`/fora/${f.id}`}>{f.name}</a>
                    {!f.active && <span class="sd-status-inactive"> (nedlagt)</span>}
                  </td>
                  <td>{f.municipalityName}</td>
                  <td class="sd-number">{formatInteger(f.meetingsPerYear)}</td>
                  <td class="sd-number">{formatInteger(f.members)}</td>
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

export function ForumDetail({
  forum: f,
  members,
  history,
  csrf,
}: {
  forum: Awaited<ReturnType<typeof getForum>>;
  members: Awaited<ReturnType<typeof listMembers>>;
  history: HistoryEntry[] | null;
  csrf: string;
}) {
  const chairs = members.filter((m) => m.current && m.role === 'formand').map((m) => m.name);
  return (
    <>
      <h1>{f.name}</h1>
      {!f.active && (
        <Alert kind="warning" heading="Forummet er nedlagt">
          <p>Der kan ikke tilføjes medlemmer eller oprettes møder i det.</p>
          {f.canManage && (
            <UndoButton action={`/fora/${f.id}/genopret`} csrf={csrf} label="Genopret" fields={{ version: String(f.version) }} />
          )}
        </Alert>
      )}
      <DescriptionList
        items={[
          ['Kommune', <a href={`/kommuner/${f.municipalityCode}`}>{f.municipalityName}</a>],
          ['Formand', chairs.length ? chairs.join(', ') : '–'],
          ['Sekretariat', f.secretariat ?? '–'],
          ['Møder om året', f.meetingsPerYear === null ? '–' : formatInteger(f.meetingsPerYear)],
        ]}
      />
      {f.canManage && (
        <div class="sd-actions">
          <a class="button button-secondary" href={`/fora/${f.id}/rediger`}>
            Redigér
          </a>
          {f.active && <ConfirmLink href={`/fora/${f.id}/nedlaeg`} label="Nedlæg" />}
        </div>
      )}
      <h2>Kommissorium</h2>
      {f.termsOfReference ? <p class="sd-pre">{f.termsOfReference}</p> : <p class="sd-muted">Intet kommissorium registreret.</p>}
      <h2>Medlemmer</h2>
      <MemberTable members={members} showContact={f.canSee} linkPeople={f.canSee} caption="Medlemmer" />
      {f.canManage && f.active && (
        <p>
          <a href={`/personer/ny?forum=${f.id}`}>Tilføj medlem</a>
        </p>
      )}
      {f.canManage && f.active && (
        <>
          <h2>Møder</h2>
          <p class="sd-button-row">
            <a class="button button-secondary" href={`/kommuner/${f.municipalityCode}/moeder/nyt?forum=${f.id}`}>
              Opret møde i {f.name}
            </a>
            <a href={`/kommuner/${f.municipalityCode}/moeder`}>Kommunens møder og referater</a>
          </p>
        </>
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
