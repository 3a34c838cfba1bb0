import { SortHeader, type ListQuery } from '../../../ui/components.tsx';
import { formatDate, formatInteger } from '../../../ui/format.ts';
import { STAGE_LABELS } from '../stages.ts';
import { STAGES } from '../tables.ts';
import type { OverviewRow, yearSummary } from './service.ts';

export const PACKAGE_LABELS: Record<string, string> = { aaben: 'Åben', indsendt: 'Indsendt', returneret: 'Returneret', accepteret: 'Accepteret' };

function NextDeadline({ r }: { r: OverviewRow }) {
  if (!r.dueThisYear) return <span class="sd-muted">–</span>;
  const first = r.overdue[0];
  if (first) {
    return (
      <>
        <span class="sd-badge sd-badge-red">Overskredet</span> {first.label}, {formatDate(first.date)}
        {r.overdue.length > 1 && <span class="sd-muted"> (+{r.overdue.length - 1} flere)</span>}
      </>
    );
  }
  return r.next ? <>{r.next.label}, {formatDate(r.next.date)}</> : <span class="sd-muted">Alle frister nået</span>;
}

function Package({ r }: { r: OverviewRow }) {
  if (!r.packageStatus) return <span class="sd-muted">Ikke åbnet</span>;
  return <>{formatInteger(r.requiredApproved)} af {formatInteger(r.requiredTotal)} godkendt <span class="sd-muted">({PACKAGE_LABELS[r.packageStatus]})</span></>;
}

export function OverviewTable({ rows, query, year, showMunicipality, caption }: { rows: OverviewRow[]; query: ListQuery; year: number; showMunicipality: boolean; caption: string }) {
  if (rows.length === 0) return <p>Ingen boligorganisationer matcher.</p>;
  return (
    <div class="sd-table-wrap">
      <table class="table table--zebra">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <SortHeader label="Boligorganisation" column="navn" query={query} />
            {showMunicipality && <SortHeader label="Kommune" column="kommune" query={query} />}
            <SortHeader label={`Fase ${year}`} column="fase" query={query} />
            <SortHeader label="Næste frist" column="frist" query={query} />
            <SortHeader label="Dokumentationspakke" column="pakke" query={query} />
            <SortHeader label="Seneste møde" column="moede" query={query} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr class={r.overdue.length ? 'sd-row-overdue' : undefined}>
              <td><a href={`/boligorganisationer/${r.organisationId}/styringsdialog/${year}`}>{r.name}</a></td>
              {showMunicipality && <td>{r.municipalityName}</td>}
              <td>{r.dueThisYear ? STAGE_LABELS[r.stage] : 'Ikke i år'}</td>
              <td><NextDeadline r={r} /></td>
              <td><Package r={r} /></td>
              <td>{r.lastMeeting ? formatDate(r.lastMeeting) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverviewFilters({ action, query, hidden = {} }: { action: string; query: ListQuery; hidden?: Record<string, string | undefined> }) {
  return (
    <form method="get" action={action} class="sd-filters" role="search">
      {Object.entries(hidden).map(([k, v]) => v && <input type="hidden" name={k} value={v} />)}
      <div class="form-group">
        <label class="form-label" for="filter-q">Søg boligorganisation</label>
        <input class="form-input" id="filter-q" name="q" type="search" value={query.q ?? ''} />
      </div>
      <div class="form-group">
        <label class="form-label" for="filter-fase">Fase</label>
        <select class="form-select" id="filter-fase" name="fase">
          <option value="">Alle</option>
          {STAGES.map((s) => <option value={s} selected={query.fase === s}>{STAGE_LABELS[s]}</option>)}
          <option value="ikke_i_aar" selected={query.fase === 'ikke_i_aar'}>Ikke i år</option>
        </select>
      </div>
      <div class="form-group">
        <div class="form-group-checkbox">
          <input class="form-checkbox" type="checkbox" id="filter-overskredet" name="overskredet" value="1" checked={query.overskredet === '1'} />
          <label class="form-label" for="filter-overskredet">Kun overskredne frister</label>
        </div>
      </div>
      <input type="hidden" name="sort" value={String(query.sort ?? '')} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit" class="button button-secondary">Filtrér</button>
    </form>
  );
}

export function YearSummary({ s, year }: { s: ReturnType<typeof yearSummary>; year: number }) {
  return (
    <section aria-labelledby="h-summary">
      <h2 id="h-summary">Året {year} i tal</h2>
      <ul class="sd-cards">
        <li><p class="h2 mt-0 mb-0">{formatInteger(s.due)}</p><p class="mb-0">styringsdialoger i {year}</p></li>
        <li><p class="h2 mt-0 mb-0">{formatInteger(s.held)}</p><p class="mb-0">møder afholdt</p></li>
        <li><p class="h2 mt-0 mb-0">{formatInteger(s.late)}</p><p class="mb-0">med overskredne frister</p></li>
        <li><p class="h2 mt-0 mb-0">{formatInteger(s.notDue)}</p><p class="mb-0">ikke i år (hvert andet år)</p></li>
      </ul>
      <details class="details">
        <summary class="details-summary">Fordeling på faser</summary>
        <div class="details-text">
          <ul>{s.byStage.map((b) => <li>{STAGE_LABELS[b.stage]}: {formatInteger(b.count)}</li>)}</ul>
        </div>
      </details>
    </section>
  );
}
