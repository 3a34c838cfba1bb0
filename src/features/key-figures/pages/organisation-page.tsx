import { countNoun } from '../../../lib/plural.ts';
import { SelectField } from '../../../ui/components.tsx';
import { Form } from '../../../ui/form.tsx';
import { ScrollTable } from '../../../ui/table.tsx';
import { formatNumber } from '../../../ui/format.ts';
import type { Indicator } from '../catalogue/service.ts';
import { formatIndicatorValue } from '../catalogue/format.ts';
import { organisationTrend, type OrganisationEstateRow, type OrganisationKeyFigures } from '../benchmark/organisation-figures.ts';
import { COLOURS, type Colour } from '../lights/colour.ts';
import { NoFigures, estateKeyFiguresHref } from './estate-page.tsx';
import { organisationKeyFiguresHref } from './links.ts';
import { SORTS, SORT_LABELS, organisationQueryString, type Sort } from './organisation-query.ts';
import { TrafficLight, TrafficLightCounts } from '../../../ui/traffic-light.tsx';
import { TrendFigure } from './trend-figure.tsx';

export interface OrganisationView {
  o: OrganisationKeyFigures;
  codes: string[];
  sort: Sort;
}

const colourOrder = (c: Colour | null) => (c === null ? -1 : COLOURS.indexOf(c));

/** The estates in the order asked: by number, by name, or the reddest first (then by number). */
export function sortEstates(rows: OrganisationEstateRow[], sort: Sort): OrganisationEstateRow[] {
  const byNumber = (a: OrganisationEstateRow, b: OrganisationEstateRow) => a.number - b.number;
  const compare: Record<Sort, (a: OrganisationEstateRow, b: OrganisationEstateRow) => number> = {
    nummer: byNumber,
    navn: (a, b) => a.name.localeCompare(b.name, 'da') || byNumber(a, b),
    farve: (a, b) => Number(b.redThreeYears) - Number(a.redThreeYears) || colourOrder(b.overall) - colourOrder(a.overall) || byNumber(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** How many estates have each overall colour ("2 røde, 1 gul, 4 grønne"), and how many have none. */
export function ColourCounts({ rows }: { rows: OrganisationEstateRow[] }) {
  const n = (c: Colour | null) => rows.filter((r) => r.overall === c).length;
  const none = n(null);
  return (
    <p>
      Afdelingerne: <TrafficLightCounts red={n('red')} yellow={n('yellow')} green={n('green')} />
      {none > 0 && `, ${countNoun(none, 'afdeling', 'afdelinger')} uden farve`}.
    </p>
  );
}

function EstatesHeader({ label, sort, current, query }: { label: string; sort: Sort; current: Sort; query: (s: Sort) => string }) {
  const active = sort === current;
  return (
    <th scope="col" aria-sort={active ? (sort === 'farve' ? 'descending' : 'ascending') : undefined}>
      <a href={query(sort)}>
        {label}
        {active ? ' ▲' : <span class="sr-only"> (sortér)</span>}
      </a>
    </th>
  );
}

/** All estates × the chosen indicators × colours in one year; the headers sort (a link each, so it works without script). */
export function EstatesTable({ view, links = true }: { view: OrganisationView; links?: boolean }) {
  const { o, codes, sort } = view;
  const chosen = codes.map((c) => o.estateIndicators.find((i) => i.code === c)).filter((i): i is Indicator => !!i);
  const query = (s: Sort) => organisationQueryString({ year: o.year, codes, sort: s });
  const Header = ({ label, by }: { label: string; by: Sort }) =>
    links ? <EstatesHeader label={label} sort={by} current={sort} query={query} /> : <th scope="col">{label}</th>;
  return (
    <ScrollTable label={`Afdelingernes nøgletal ${o.year}`}>
      <table class="table table--zebra sd-estate-lights">
        <caption>
          Afdelingernes nøgletal {o.year} for {o.organisation.name}, sorteret efter {SORT_LABELS[sort].toLowerCase()}
        </caption>
        <thead>
          <tr>
            <Header label="Nr." by="nummer" />
            <Header label="Afdeling" by="navn" />
            <Header label="Samlet farve" by="farve" />
            {chosen.map((i) => (
              <th scope="col">
                {i.name} <span class="sd-unit">({i.unit})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sortEstates(o.estates, sort).map((e) => (
            <tr>
              <td class="sd-number">{e.number}</td>
              <th scope="row">{links ? <a href={estateKeyFiguresHref(e.id)}>{e.name}</a> : e.name}</th>
              <td>
                <TrafficLight colour={e.overall} />
                {e.redThreeYears && (
                  <>
                    {' '}
                    <strong class="sd-red-run">Rød tre år i træk</strong>
                  </>
                )}
              </td>
              {chosen.map((i) => (
                <td>
                  <span class="sd-value">{formatIndicatorValue(i, e.values[i.code])}</span>{' '}
                  {e.colours[i.code] && <TrafficLight colour={e.colours[i.code]!} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The organisation's own figures (dispositionsfond, arbejdskapital per home) year by year. */
export function OwnFiguresTable({ o }: { o: OrganisationKeyFigures }) {
  const shown = o.organisationIndicators.filter((i) => o.own.some((r) => r.values[i.code] !== undefined));
  return (
    <ScrollTable label="Boligorganisationens egne nøgletal">
      <table class="table table--zebra">
        <caption>Boligorganisationens egne nøgletal år for år</caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            {shown.map((i) => (
              <th scope="col" class="sd-number">
                {i.name} ({i.unit})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {o.own.map((r) => (
            <tr>
              <th scope="row">{r.year}</th>
              {shown.map((i) => (
                <td class="sd-number">{formatNumber(r.values[i.code], i.decimals)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Choices({ view }: { view: OrganisationView }) {
  const { o, codes, sort } = view;
  return (
    <Form id="choose" method="get" action={organisationKeyFiguresHref(o.organisation.id)} class="sd-key-figure-choices">
      <input type="hidden" name="valgt" value="1" />
      <SelectField
        name="aar"
        label="År"
        required
        values={{ aar: String(o.year) }}
        options={[...o.years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
      />
      <fieldset class="form-group">
        <legend class="form-label">Vis nøgletal</legend>
        <div class="sd-checkbox-columns">
          {o.estateIndicators.map((i) => (
            <div class="form-group-checkbox">
              <input
                class="form-checkbox"
                type="checkbox"
                id={`choose-vis-${i.code}`}
                name="vis"
                value={i.code}
                checked={codes.includes(i.code)}
              />
              <label for={`choose-vis-${i.code}`}>{i.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <SelectField
        name="sorter"
        label="Sortér efter"
        required
        values={{ sorter: sort }}
        options={SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
      />
      <button type="submit" class="button button-primary">
        Vis
      </button>
    </Form>
  );
}

export function OrganisationKeyFiguresPage({ view }: { view: OrganisationView }) {
  const { o, codes, sort } = view;
  const base = organisationKeyFiguresHref(o.organisation.id);
  const ownShown = o.organisationIndicators.filter((i) => o.own.some((r) => r.values[i.code] !== undefined));
  return (
    <>
      <h1>Nøgletal for {o.organisation.name}</h1>
      <p class="sd-button-row">
        <a href={`/boligorganisationer/${o.organisation.id}`}>Om boligorganisationen</a>
        {o.year !== null && (
          <a class="button button-secondary" href={`${base}/praesentation${organisationQueryString({ year: o.year, codes, sort })}`}>
            Præsentation<span class="sr-only"> af nøgletallene {o.year}</span>
          </a>
        )}
      </p>
      {o.year === null ? (
        <NoFigures what={o.organisation.name} canImport={o.organisation.canEdit} />
      ) : (
        <>
          <Choices view={view} />
          <h2>Afdelingerne {o.year}</h2>
          {o.hasEstateFigures ? (
            <>
              <ColourCounts rows={o.estates} />
              <EstatesTable view={view} />
            </>
          ) : (
            <NoFigures what={`afdelingerne i ${o.organisation.name} i ${o.year}`} canImport={o.organisation.canEdit} />
          )}
          <h2>Boligorganisationens egne nøgletal</h2>
          {ownShown.length === 0 ? (
            <p>Der er ikke indlæst nøgletal for boligorganisationen selv (dispositionsfond og arbejdskapital pr. bolig).</p>
          ) : (
            <>
              <OwnFiguresTable o={o} />
              <div class="sd-trends">
                {ownShown.map((i) => (
                  <TrendFigure trend={organisationTrend(o, i)} base={base} />
                ))}
              </div>
            </>
          )}
        </>
      )}
    </>
  );
}
