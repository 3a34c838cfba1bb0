import { ScrollTable } from '../../../../ui/table.tsx';
import { formatDate } from '../../../../ui/format.ts';
import type { LettingSort } from '../service.ts';
import type { Letting } from '../service.ts';
import { LETTING_STATUSES, type LettingStatus } from '../status.ts';
import { KIND_LABELS, STATUS_LABELS } from '../words.ts';

/* The agreements of a municipality or an organisation: a filter by status, a choice of order, and the table. */

type Row = Omit<Letting, 'canEdit' | 'canSubmit' | 'canApprove'>;

const SORT_LABELS: Record<LettingSort, string> = {
  udloeb: 'Udløber først',
  udloeb_sidst: 'Udløber sidst',
  organisation: 'Boligorganisation',
};

function Filters({ action, status, sort }: { action: string; status: LettingStatus | null; sort: LettingSort }) {
  return (
    <form method="get" action={action} class="sd-filters">
      <div class="form-group">
        <label class="form-label" for="filter-status">
          Status
        </label>
        <select class="form-select" id="filter-status" name="status">
          <option value="">Alle</option>
          {LETTING_STATUSES.map((s) => (
            <option value={s} selected={s === status}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="form-group">
        <label class="form-label" for="filter-sort">
          Rækkefølge
        </label>
        <select class="form-select" id="filter-sort" name="sort">
          {(Object.keys(SORT_LABELS) as LettingSort[]).map((s) => (
            <option value={s} selected={s === sort}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-secondary">
        Vis
      </button>
    </form>
  );
}

export function LettingList(p: {
  title: string;
  action: string;
  rows: Row[];
  status: LettingStatus | null;
  sort: LettingSort;
  newHref: string | null;
  showOrganisation: boolean;
}) {
  return (
    <>
      <h1>{p.title}</h1>
      <p>
        Aftaler om kommunal anvisning, fleksibel og kombineret udlejning og fast anvisningsret. Begge parter får besked seks måneder før en
        godkendt aftale udløber.
      </p>
      {p.newHref && (
        <div class="sd-actions">
          <a class="button button-primary" href={p.newHref}>
            Ny udlejningsaftale
          </a>
        </div>
      )}
      <Filters action={p.action} status={p.status} sort={p.sort} />
      {p.rows.length === 0 ? (
        <p>Der er ingen udlejningsaftaler{p.status ? ` med status „${STATUS_LABELS[p.status].toLowerCase()}“` : ''}.</p>
      ) : (
        <ScrollTable label={p.title}>
          <table class="table table--zebra">
            <caption class="sr-only">{p.title}</caption>
            <thead>
              <tr>
                <th scope="col">Aftale</th>
                {p.showOrganisation && <th scope="col">Boligorganisation</th>}
                <th scope="col">Afdelinger</th>
                <th scope="col">Status</th>
                <th scope="col">Gælder fra</th>
                <th scope="col">Udløber</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/udlejningsaftaler/${r.id}`}>{KIND_LABELS[r.kind]}</a>
                  </td>
                  {p.showOrganisation && <td>{r.organisationName}</td>}
                  <td>{r.estates.join(', ')}</td>
                  <td>{STATUS_LABELS[r.status]}</td>
                  <td>{formatDate(r.validFrom)}</td>
                  <td>{formatDate(r.validTo)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
