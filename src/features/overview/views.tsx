import { SortHeader, type ListQuery } from '../../ui/components.tsx';
import { countNoun } from '../../lib/plural.ts';
import { formatDate, formatInteger } from '../../ui/format.ts';
import { organisationNext, STAGE_LABELS, type DeadlineStatus, type OverviewRow } from '../dialogue/index.ts';
import type { PackageSummary } from '../documentation/index.ts';
import type { DetailedRow } from './service.ts';
import { ScrollTable } from '../../ui/table.tsx';
import { TrafficLight, TrafficLightCounts } from '../../ui/traffic-light.tsx';
import type { OrganisationLights } from '../key-figures/index.ts';

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
        {r.overdue.length > 1 && <span class="sd-muted"> (og {countNoun(r.overdue.length - 1, 'frist', 'frister')} mere)</span>}
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

/** The estates' colours in the latest year with figures: "2 røde, 1 gul, 5 grønne (2024)". */
function Lights({ lights }: { lights: OrganisationLights | null }) {
  if (!lights) return <span class="sd-muted">Ingen nøgletal</span>;
  return (
    <>
      <TrafficLightCounts red={lights.red} yellow={lights.yellow} green={lights.green} none="Ingen farver" />{' '}
      <span class="sd-muted">({lights.year})</span>
    </>
  );
}

/** How many estates were red three years in a row up to that year; "Nej" in words, not only a missing light. */
function RedThreeYears({ lights }: { lights: OrganisationLights | null }) {
  if (!lights) return <span class="sd-muted">–</span>;
  if (lights.redThreeYears === 0) return <>Nej</>;
  return <TrafficLight colour="red" label={countNoun(lights.redThreeYears, 'afdeling', 'afdelinger')} />;
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
    <ScrollTable label={caption}>
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
            <SortHeader label="Afdelingernes farver" column="farver" query={query} />
            <SortHeader label="Rød tre år i træk" column="roed3" query={query} />
            <SortHeader label="Åbne aftaler" column="aftaler" query={query} numeric />
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
              <td>
                <Lights lights={r.lights} />
              </td>
              <td>
                <RedThreeYears lights={r.lights} />
              </td>
              <td class="text-align-right">
                <a href={`/boligorganisationer/${r.organisationId}/styringsdialog/${year}/aftaler`}>{r.openAgreements}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
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
    <ScrollTable label={caption}>
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
            <th scope="col">Afdelingernes farver</th>
            <th scope="col">Rød tre år i træk</th>
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
              <td>
                <Lights lights={r.lights} />
              </td>
              <td>
                <RedThreeYears lights={r.lights} />
              </td>
              <td class="text-align-right">
                <a href={`/boligorganisationer/${r.organisationId}/styringsdialog/${year}/aftaler`}>{r.openAgreements}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
