import { Alert, DescriptionList, SelectField } from '../../../ui/components.tsx';
import { Form } from '../../../ui/form.tsx';
import { ScrollTable } from '../../../ui/table.tsx';
import { benchmarkRows, yearStatus, type BenchmarkRow, type EstateBenchmark } from '../benchmark/estate-benchmark.ts';
import { formatNumber } from '../../../ui/format.ts';
import { formatIndicatorValue } from '../catalogue/format.ts';
import { estateTrend } from '../benchmark/trend.ts';
import { MIN_TWINS } from '../benchmark/twins.ts';
import { IMPORT_HREF } from './links.ts';
import { TrafficLight } from '../../../ui/traffic-light.tsx';
import { TrendFigure } from './trend-figure.tsx';

export const estateKeyFiguresHref = (estateId: number) => `/afdelinger/${estateId}/noegletal`;

/** The year to show: chosen, or the latest with figures; a form and the neighbouring years. */
export function YearChooser({
  id,
  action,
  year,
  years,
  keep = {},
}: {
  id: string;
  action: string;
  year: number;
  years: number[];
  keep?: Record<string, string | string[]>;
}) {
  return (
    <Form id={id} method="get" action={action} class="sd-year-form">
      {Object.entries(keep).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((v) => <input type="hidden" name={name} value={v} />),
      )}
      <SelectField
        name="aar"
        label="År"
        required
        values={{ aar: String(year) }}
        options={[...years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
      />
      <button type="submit" class="button button-secondary">
        Vis år
      </button>
    </Form>
  );
}

function BenchmarkTable({ rows, year, b }: { rows: BenchmarkRow[]; year: number; b: EstateBenchmark }) {
  return (
    <ScrollTable label={`Nøgletal ${year} sammenlignet`}>
      <table class="table table--zebra sd-benchmark">
        <caption>
          Nøgletal {year} for afd. {b.estate.number} {b.estate.name} sammenlignet med tvillinger, kommunen og landet
        </caption>
        <thead>
          <tr>
            <th scope="col">Nøgletal</th>
            <th scope="col" class="sd-number">
              Værdi
            </th>
            <th scope="col">Farve</th>
            <th scope="col" class="sd-number">
              Percentil
            </th>
            <th scope="col" class="sd-prose-cell">
              Sammenlignet med
            </th>
            <th scope="col" class="sd-number">
              Gruppens median
            </th>
            <th scope="col" class="sd-number">
              Median i {b.estate.supervisorName}
            </th>
            <th scope="col" class="sd-number">
              Landsmedian
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {r.indicator.name}
                <span class="sd-muted sd-unit"> ({r.indicator.unit})</span>
              </th>
              <td class="sd-number">{formatIndicatorValue(r.indicator, r.value)}</td>
              <td>
                <TrafficLight colour={r.colour} />
              </td>
              <td class="sd-number">{r.percentile === null ? '–' : formatNumber(r.percentile, 0)}</td>
              <td>{r.comparedWith ? r.comparedWith.words : `Færre end ${MIN_TWINS} sammenlignelige`}</td>
              <td class="sd-number">{formatNumber(r.groupMedian, r.indicator.decimals)}</td>
              <td class="sd-number">{formatNumber(r.municipalMedian, r.indicator.decimals)}</td>
              <td class="sd-number">{formatNumber(r.nationalMedian, r.indicator.decimals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function EstateKeyFiguresPage({ b, year }: { b: EstateBenchmark; year: number | null }) {
  const e = b.estate;
  const base = estateKeyFiguresHref(e.id);
  const status = year === null ? null : yearStatus(b, year);
  const hasYear = year !== null && b.years.includes(year);
  return (
    <>
      <h1>
        Nøgletal for {e.name} <span class="sd-muted">(afd. {e.number})</span>
      </h1>
      <p class="sd-button-row">
        <a href={`/afdelinger/${e.id}`}>Om afdelingen</a>
        <a href={`/boligorganisationer/${e.organisationId}/noegletal`}>Nøgletal for alle afdelinger i {e.organisationName}</a>
      </p>
      {b.years.length === 0 || year === null ? (
        <NoFigures what={`${e.name} (afd. ${e.number})`} canImport={b.canImport} />
      ) : (
        <>
          <YearChooser id="year" action={base} year={year} years={b.years} />
          {!hasYear ? (
            <NoFigures what={`${e.name} (afd. ${e.number}) i ${year}`} canImport={b.canImport} />
          ) : (
            <>
              <DescriptionList
                items={[
                  [
                    `Samlet farve ${year}`,
                    <span class="sd-light-large">
                      <TrafficLight colour={status!.overall} />
                    </span>,
                  ],
                  ['Tvillinger', `${b.twinWords}`],
                ]}
              />
              {status!.redThreeYears && (
                <Alert kind="error" heading="Rød tre år i træk">
                  <p>
                    Afdelingen har haft røde tal i {year - 2}, {year - 1} og {year}. Kommunen beder boligorganisationen om en handlingsplan.
                  </p>
                </Alert>
              )}
              <h2>Sammenligning {year}</h2>
              <p>
                Tvillinger er afdelinger med samme slags boliger, størrelse, region og byggeperiode – her {b.twinWords}. Percentilen er
                andelen af de sammenlignelige afdelinger, der har en lavere værdi (0 = lavest, 100 = højest). Er der færre end {MIN_TWINS}{' '}
                tvillinger, sammenlignes med alle afdelinger i landet med samme slags boliger. Medianer vises kun for grupper med mindst{' '}
                {MIN_TWINS} afdelinger.
              </p>
              <BenchmarkTable rows={benchmarkRows(b, year)} year={year} b={b} />
            </>
          )}
          <h2>Udvikling over årene</h2>
          <p>
            Afdelingens tal (fuld linje med cirkler) mod tvillingernes median (stiplet med trekanter) og medianen for afdelingerne i{' '}
            {e.supervisorName} (prikket med firkanter).
          </p>
          <div class="sd-trends">
            {b.indicators
              .filter((i) => i.direction !== 'none')
              .map((i) => (
                <TrendFigure trend={estateTrend(b, i)} base={base} />
              ))}
          </div>
        </>
      )}
    </>
  );
}

/** "Der er ikke indlæst nøgletal for …", with the way to the import for those who may import. */
export function NoFigures({ what, canImport }: { what: string; canImport: boolean }) {
  return (
    <Alert kind="info" heading={`Der er ikke indlæst nøgletal for ${what}`}>
      {canImport ? (
        <p>
          <a href={IMPORT_HREF}>Importér nøgletal</a> fra Landsbyggefonden eller boligorganisationens regnskab.
        </p>
      ) : (
        <p>Nøgletallene vises her, når boligorganisationen eller kommunen har importeret dem.</p>
      )}
    </Alert>
  );
}
