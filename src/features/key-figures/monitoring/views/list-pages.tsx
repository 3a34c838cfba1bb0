import type { Child } from 'hono/jsx';
import type { AssessedArea, MonitoredArea, assessAll } from '../monitoring.ts';
import { AreaTable, LIST_OPTIONS, ListCounts, WarningsByArea } from './area-table.tsx';

/* The municipality's areas and the country's: the same table, counts and warnings, with their own filters and actions. */

type Counts = ReturnType<typeof assessAll>['counts'];

export const ABOUT = (
  <p>
    Overvågning efter almenboligloven § 61 a og § 61 b. Ministeriet offentliggør listerne over udsatte boligområder, parallelsamfund,
    omdannelsesområder og forebyggelsesområder 1. december hvert år; tallene for et år tæller med på listen året efter. Grænseværdierne er
    dem, der gælder for den liste.
  </p>
);

function YearForm({ action, years, year, children }: { action: string; years: number[]; year: number; children?: Child }) {
  return (
    <form method="get" action={action} class="sd-filters">
      <div class="form-group">
        <label class="form-label" for="filter-aar">
          Tal for år
        </label>
        <select class="form-select" id="filter-aar" name="aar">
          {years.map((y) => (
            <option value={String(y)} selected={y === year}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {children}
      <button type="submit" class="button button-secondary">
        Vis
      </button>
    </form>
  );
}

export function MunicipalityAreasPage(p: {
  municipality: { code: string; name: string };
  year: number;
  years: number[];
  assessed: AssessedArea[];
  counts: Counts;
  inactive: MonitoredArea[];
  canManage: boolean;
  isAdmin: boolean;
}) {
  const base = `/kommuner/${p.municipality.code}/boligomraader`;
  return (
    <>
      <h1>Boligområder i {p.municipality.name}</h1>
      {ABOUT}
      {(p.canManage || p.isAdmin) && (
        <div class="sd-actions">
          {p.canManage && (
            <>
              <a class="button button-primary" href={`${base}/nyt`}>
                Opret boligområde
              </a>
              <a class="button button-secondary" href={`${base}/import`}>
                Importér tal
              </a>
            </>
          )}
          {p.isAdmin && <a href="/boligomraader">Alle boligområder i landet</a>}
        </div>
      )}
      {p.assessed.length === 0 ? (
        <p>
          Der er ingen boligområder under overvågning
          {p.canManage ? '. Opret et boligområde og vælg dets afdelinger.' : ', som du har adgang til.'}
        </p>
      ) : (
        <>
          <YearForm action={base} years={p.years} year={p.year} />
          <h2>Status efter tallene for {p.year}</h2>
          <ListCounts counts={p.counts} year={p.year} />
          <AreaTable areas={p.assessed} year={p.year} caption={`Boligområder i ${p.municipality.name} efter tallene for ${p.year}`} />
          <h2>Tidlig varsel</h2>
          <p>
            Områder, der ikke er på listen, men opfylder et af kriterierne ved et af de to sæt grænser, eller hvis udvikling de seneste tre
            år når en grænse inden for to år.
          </p>
          <WarningsByArea areas={p.assessed} />
        </>
      )}
      {p.inactive.length > 0 && (
        <>
          <h2>Deaktiverede boligområder</h2>
          <ul>
            {p.inactive.map((a) => (
              <li>
                <a href={`/boligomraader/${a.id}`}>{a.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function NationalPage(p: {
  year: number;
  years: number[];
  list: string;
  region: string;
  regions: string[];
  assessed: AssessedArea[];
  shown: AssessedArea[];
  counts: Counts;
}) {
  return (
    <>
      <h1>Boligområder i hele landet</h1>
      {ABOUT}
      <p>
        <a href="/boligomraader/graensevaerdier">Grænseværdier</a>
      </p>
      <YearForm action="/boligomraader" years={p.years} year={p.year}>
        <div class="form-group">
          <label class="form-label" for="filter-liste">
            Liste
          </label>
          <select class="form-select" id="filter-liste" name="liste">
            <option value="">Alle</option>
            {LIST_OPTIONS.map((o) => (
              <option value={o.value} selected={o.value === p.list}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="filter-region">
            Region
          </label>
          <select class="form-select" id="filter-region" name="region">
            <option value="">Alle</option>
            {p.regions.map((r) => (
              <option value={r} selected={r === p.region}>
                {r}
              </option>
            ))}
          </select>
        </div>
      </YearForm>
      <h2>Status efter tallene for {p.year}</h2>
      <ListCounts counts={p.counts} year={p.year} />
      <p>
        Viser {p.shown.length} af {p.assessed.length} boligområder.
      </p>
      {p.shown.length > 0 && <AreaTable areas={p.shown} year={p.year} caption={`Boligområder efter tallene for ${p.year}`} national />}
    </>
  );
}
