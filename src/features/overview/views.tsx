import { SortHeader, type ListQuery } from '../../ui/components.tsx';
import { formatDate, formatInteger } from '../../ui/format.ts';
import { organisationNext, STAGE_LABELS, STAGES, type DeadlineStatus, type OverviewRow } from '../dialogue/index.ts';
import type { PackageSummary } from '../documentation/index.ts';
import type { DetailedRow, YearSummary as Summary } from './service.ts';

export const PACKAGE_LABELS: Record<string, string> = {
  aaben: 'Åben',
  indsendt: 'Indsendt',
  returneret: 'Returneret',
  accepteret: 'Accepteret',
};

/** How "n af m" is counted, shown under every table that has it. */
export const PACKAGE_HINT =
  'Dokumentationspakke „n af m“: påkrævede punkter, som tilsynet har godkendt, eller som har mindst én fil og ikke er markeret som mangelfulde, ud af alle påkrævede punkter. 0 af 0: pakken åbner først, når dialogen er indkaldt.';

export const stageText = (r: OverviewRow) => (r.dueThisYear ? STAGE_LABELS[r.stage] : 'Ikke i år');

const Overdue = () => <span class="sd-badge sd-badge-red">Overskredet</span>;

/** The first unmet deadline; when it has passed, in red with the word, and how many more are late. */
function NextDeadline({ r }: { r: OverviewRow }) {
  if (!r.dueThisYear) return <span class="sd-muted">Ingen styringsdialog i år</span>;
  const first = r.overdue[0];
  if (first) {
    return (
      <>
        <Overdue /> {first.label}, {formatDate(first.date)}
        {r.overdue.length > 1 && (
          <span class="sd-muted">
            {' '}
            (og {formatInteger(r.overdue.length - 1)} frist{r.overdue.length > 2 ? 'er' : ''} mere)
          </span>
        )}
      </>
    );
  }
  return r.next ? (
    <>
      {r.next.label}, {formatDate(r.next.date)}
    </>
  ) : (
    <span class="sd-muted">Alle frister nået</span>
  );
}

function Package({ pkg }: { pkg: PackageSummary }) {
  return (
    <>
      {formatInteger(pkg.requiredComplete)} af {formatInteger(pkg.requiredTotal)}{' '}
      <span class="sd-muted">({pkg.status ? PACKAGE_LABELS[pkg.status].toLowerCase() : 'ikke åbnet'})</span>
    </>
  );
}

/** The supervisor's table (/tilsyn): one row per organisation, sortable by every column. */
export function OverviewTable({
  rows,
  query,
  year,
  showMunicipality,
  caption,
}: {
  rows: DetailedRow[];
  query: ListQuery;
  year: number;
  showMunicipality: boolean;
  caption: string;
}) {
  if (rows.length === 0) return <p>Ingen boligorganisationer matcher.</p>;
  return (
    // A region that scrolls sideways on a phone must be reachable by keyboard (axe scrollable-region-focusable).
    <div class="sd-table-wrap" tabindex={0} role="region" aria-label={caption}>
      <table class="table table--zebra" aria-describedby="pakke-hint">
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
              <td>
                <a href={`/boligorganisationer/${r.organisationId}/styringsdialog/${year}`}>{r.name}</a>
              </td>
              {showMunicipality && <td>{r.municipalityName}</td>}
              <td>{stageText(r)}</td>
              <td>
                <NextDeadline r={r} />
              </td>
              <td>
                <Package pkg={r.pkg} />
              </td>
              <td>{r.lastMeeting ? formatDate(r.lastMeeting) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const OWED: Record<string, string> = { regnskab: 'Send regnskabet til', dokumentationspakke: 'Send dokumentationspakken til' };

/** What the organisation owes whom by when; when it owes nothing now, what it waits for from the municipality. */
function Owed({ r }: { r: OverviewRow }) {
  if (!r.dueThisYear) return <span class="sd-muted">Ingen styringsdialog i år</span>;
  const own: DeadlineStatus | null = organisationNext(r);
  if (own)
    return (
      <>
        {own.overdue && (
          <>
            <Overdue />{' '}
          </>
        )}
        {OWED[own.kind]} {r.municipalityName} senest {formatDate(own.date)}
      </>
    );
  if (r.next)
    return (
      <>
        {r.municipalityName}: {r.next.label.toLowerCase()} senest {formatDate(r.next.date)}
      </>
    );
  return <span class="sd-muted">Alle frister nået</span>;
}

/** The housing side's table (/mine-dialoger): one per municipality. */
export function MyDialoguesTable({ rows, year, caption }: { rows: DetailedRow[]; year: number; caption: string }) {
  return (
    // A region that scrolls sideways on a phone must be reachable by keyboard (axe scrollable-region-focusable).
    <div class="sd-table-wrap" tabindex={0} role="region" aria-label={caption}>
      <table class="table table--zebra" aria-describedby="pakke-hint">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Boligorganisation</th>
            <th scope="col">Kommune</th>
            <th scope="col">Fase {year}</th>
            <th scope="col">Næste frist: hvad, til hvem, hvornår</th>
            <th scope="col">Overskredne frister</th>
            <th scope="col">Dokumentationspakke</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr class={r.overdue.length ? 'sd-row-overdue' : undefined}>
              <td>
                <a href={`/boligorganisationer/${r.organisationId}/styringsdialog/${year}`}>{r.name}</a>
              </td>
              <td>{r.municipalityName}</td>
              <td>{stageText(r)}</td>
              <td>
                <Owed r={r} />
              </td>
              <td>
                {r.overdue.length === 0 ? (
                  'Ingen'
                ) : (
                  <>
                    <Overdue /> {r.overdue.map((d) => `${d.label} (${formatDate(d.date)})`).join(', ')}
                  </>
                )}
              </td>
              <td>
                <Package pkg={r.pkg} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverviewFilters({
  action,
  query,
  hidden = {},
}: {
  action: string;
  query: ListQuery;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" action={action} class="sd-filters" role="search" aria-label="Filtrér oversigten">
      {Object.entries(hidden).map(([k, v]) => v && <input type="hidden" name={k} value={v} />)}
      <div class="form-group">
        <label class="form-label" for="filter-q">
          Søg boligorganisation
        </label>
        <input class="form-input" id="filter-q" name="q" type="search" value={query.q ?? ''} />
      </div>
      <div class="form-group">
        <label class="form-label" for="filter-fase">
          Fase
        </label>
        <select class="form-select" id="filter-fase" name="fase">
          <option value="">Alle</option>
          {STAGES.map((s) => (
            <option value={s} selected={query.fase === s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
          <option value="ikke_i_aar" selected={query.fase === 'ikke_i_aar'}>
            Ikke i år
          </option>
        </select>
      </div>
      <div class="form-group">
        <div class="form-group-checkbox">
          <input
            class="form-checkbox"
            type="checkbox"
            id="filter-overskredet"
            name="overskredet"
            value="1"
            checked={query.overskredet === '1'}
          />
          <label class="form-label" for="filter-overskredet">
            Kun overskredne frister
          </label>
        </div>
      </div>
      {query.sort && <input type="hidden" name="sort" value={String(query.sort)} />}
      {query.dir === 'desc' && <input type="hidden" name="dir" value="desc" />}
      <button type="submit" class="button button-secondary">
        Filtrér
      </button>
    </form>
  );
}

export function YearSummary({ s, year }: { s: Summary; year: number }) {
  return (
    <section aria-labelledby="h-summary">
      <h2 id="h-summary">Året {year} i tal</h2>
      <ul class="sd-cards no-max-width">
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(s.due)}</p>
          <p class="mb-0">styringsdialoger i {year}</p>
        </li>
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(s.held)}</p>
          <p class="mb-0">møder afholdt</p>
        </li>
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(s.late)}</p>
          <p class="mb-0">med overskredne frister</p>
        </li>
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(s.notDue)}</p>
          <p class="mb-0">ikke i år (hvert andet år)</p>
        </li>
      </ul>
      <div class="sd-table-wrap" tabindex={0} role="region" aria-label={`Styringsdialoger i ${year} fordelt på faser`}>
        <table class="table table--compact">
          <caption>Styringsdialoger i {year} fordelt på faser</caption>
          <thead>
            <tr>
              {s.byStage.map((b) => (
                <th scope="col" class="sd-number">
                  {STAGE_LABELS[b.stage]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {s.byStage.map((b) => (
                <td class="sd-number">{formatInteger(b.count)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The front page's few lines on this year's dialogues, with the way to the overview. */
export function HomeDialogues({
  year,
  summary,
  href,
  linkText,
}: {
  year: number;
  summary: Summary | null;
  href: string;
  linkText: string;
}) {
  return (
    <section aria-labelledby="h-home-dialogues">
      <h2 id="h-home-dialogues">Styringsdialoger {year}</h2>
      {summary && (
        <ul class="sd-cards no-max-width">
          <li>
            <p class="h3 mt-0 mb-0">{formatInteger(summary.due)}</p>
            <p class="mb-0">styringsdialoger i år</p>
          </li>
          <li>
            <p class="h3 mt-0 mb-0">{formatInteger(summary.held)}</p>
            <p class="mb-0">møder afholdt</p>
          </li>
          <li>
            <p class="h3 mt-0 mb-0">{formatInteger(summary.late)}</p>
            <p class="mb-0">med overskredne frister</p>
          </li>
          {summary.notDue > 0 && (
            <li>
              <p class="h3 mt-0 mb-0">{formatInteger(summary.notDue)}</p>
              <p class="mb-0">ikke i år (hvert andet år)</p>
            </li>
          )}
        </ul>
      )}
      <p>
        <a href={href}>{linkText}</a>
      </p>
    </section>
  );
}
