import { ScrollTable } from '../../../ui/table.tsx';
import { CHART_SIZE } from '../benchmark/chart.ts';
import { formatNumber } from '../../../ui/format.ts';
import { trendAlt, type Trend } from '../benchmark/trend.ts';

/** The numbers of a chart as a table: one row per year, one column per line. */
export function TrendTable({ trend }: { trend: Trend }) {
  const { name, unit, decimals } = trend.indicator;
  return (
    <ScrollTable label={`${name}, tallene`}>
      <table class="table table--compact">
        <caption>
          {name} ({unit}) år for år
        </caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            {trend.series.map((s) => (
              <th scope="col" class="sd-number">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.years.map((y, i) => (
            <tr>
              <th scope="row">{y}</th>
              {trend.series.map((s) => (
                <td class="sd-number">{formatNumber(s.values[i], decimals)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/**
 * One chart: its title, the picture (served from its own address, as the CSP allows no inline
 * styles; see the year wheel) with a text alternative, its numbers behind "Vis tallene" and the
 * same numbers as CSV.
 */
export function TrendFigure({ trend, base }: { trend: Trend; base: string }) {
  const { code, name } = trend.indicator;
  return (
    <figure class="sd-trend" aria-labelledby={`trend-${code}`}>
      <figcaption>
        <h3 id={`trend-${code}`} class="sd-trend-title">
          {name}
        </h3>
      </figcaption>
      <img src={`${base}/${code}/udvikling.svg`} alt={trendAlt(trend)} width={CHART_SIZE.width} height={CHART_SIZE.height} loading="lazy" />
      <details class="sd-trend-numbers">
        <summary>Vis tallene</summary>
        <TrendTable trend={trend} />
      </details>
      <p class="sd-trend-download">
        <a href={`${base}/${code}/udvikling.csv`} download>
          Hent tallene som CSV<span class="sr-only"> ({name})</span>
        </a>
      </p>
    </figure>
  );
}
