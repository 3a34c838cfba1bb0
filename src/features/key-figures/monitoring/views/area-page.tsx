import { HistoryTable, type HistoryEntry } from '../../../audit/index.ts';
import { countNoun } from '../../../../lib/plural.ts';
import { Alert, DescriptionList } from '../../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../../ui/confirm.tsx';
import { formatInteger } from '../../../../ui/format.ts';
import { ScrollTable } from '../../../../ui/table.tsx';
import type { Area, areaEstates } from '../areas.ts';
import type { AreaYear } from '../classify.ts';
import type { Assessment } from '../monitoring.ts';
import { formatOne } from '../words.ts';
import { CriteriaTable } from './criteria-table.tsx';
import { ListBadges, listSentence } from './status.tsx';
import { WarningList } from './warning-list.tsx';

/* One area: where it stands in the chosen year, criterion by criterion, its early warnings, its figures and its history. */

type Estates = Awaited<ReturnType<typeof areaEstates>>;

export interface AreaPageProps {
  area: Area;
  estates: Estates;
  /** Whether the viewer may open an estate's page. */
  canOpenEstate: (e: Estates[number]) => boolean;
  years: AreaYear[];
  year: number | null;
  assessment: Assessment | null;
  /** Each year's standing, for the table of figures. */
  byYear: Map<number, Assessment>;
  history: HistoryEntry[];
  today: string;
  csrf: string;
}

function parallelSentence(run: number, needed: number): string {
  const years = countNoun(run, 'år', 'år');
  return run >= needed
    ? `Området har efter tallene været parallelsamfund ${years} i træk og er dermed et omdannelsesområde.`
    : `Området har efter tallene været parallelsamfund ${years} i træk; efter ${countNoun(needed, 'år', 'år')} i træk er det et omdannelsesområde.`;
}

const cell = (n: number | null) => (n === null ? '–' : formatOne(n));

export function AreaPage(p: AreaPageProps) {
  const { area, assessment } = p;
  const base = `/boligomraader/${area.id}`;
  const c = assessment?.classification ?? null;
  return (
    <>
      <h1>{area.name}</h1>
      {!area.active && (
        <Alert kind="warning" heading="Boligområdet er deaktiveret">
          <p>Det indgår ikke i overvågningen, og dets afdelinger kan indgå i et andet boligområde. Tal og historik er bevaret.</p>
          {area.canManage && (
            <UndoButton action={`${base}/genaktiver`} csrf={p.csrf} label="Genaktivér" fields={{ version: String(area.version) }} />
          )}
        </Alert>
      )}
      <DescriptionList
        items={[
          ['Kommune', <a href={`/kommuner/${area.municipalityCode}/boligomraader`}>{area.municipalityName}</a>],
          [
            'Afdelinger',
            p.estates.length === 0 ? (
              '–'
            ) : (
              <ul class="nobullet-list">
                {p.estates.map((e) => (
                  <li>
                    {p.canOpenEstate(e) ? <a href={`/afdelinger/${e.id}`}>{`${e.number} ${e.name}`}</a> : `${e.number} ${e.name}`}
                    <span class="sd-muted"> – {e.organisationName}</span>
                  </li>
                ))}
              </ul>
            ),
          ],
          ['Boliger', formatInteger(p.estates.reduce((s, e) => s + e.homes, 0))],
        ]}
      />
      {area.canManage && (
        <div class="sd-actions">
          <a class="button button-primary" href={`${base}/tal${p.year ? `?aar=${p.year}` : ''}`}>
            Indtast tal
          </a>
          <a class="button button-secondary" href={`${base}/rediger`}>
            Redigér
          </a>
          {area.active && <ConfirmLink href={`${base}/deaktiver`} label="Deaktivér" hiddenLabel={area.name} />}
        </div>
      )}
      {p.year === null || !assessment ? (
        <p>
          Der er endnu ingen tal for boligområdet.
          {area.canManage && ' Indtast tallene for et år, eller importér dem for alle kommunens områder.'}
        </p>
      ) : (
        <>
          <h2>Status efter tallene for {p.year}</h2>
          {p.years.length > 1 && (
            <form method="get" action={base} class="sd-filters">
              <div class="form-group">
                <label class="form-label" for="year-select">
                  Vis år
                </label>
                <select class="form-select" id="year-select" name="aar">
                  {[...p.years].reverse().map((y) => (
                    <option value={String(y.year)} selected={y.year === p.year}>
                      {y.year}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="button button-secondary">
                Vis
              </button>
            </form>
          )}
          <p>
            <ListBadges assessment={assessment} year={p.year} />
          </p>
          {c && <p class="font-lead">{listSentence(c, p.today)}</p>}
          {c?.thresholds && c.parallelRun > 0 && <p>{parallelSentence(c.parallelRun, c.thresholds.values['omdannelse.years'])}</p>}
          {c && <CriteriaTable c={c} />}
          <h2>Tidlig varsel</h2>
          {assessment.warnings.length > 0 ? (
            <WarningList warnings={assessment.warnings} />
          ) : c?.lists.includes('udsat') ? (
            <p>Området er efter tallene et udsat boligområde. Tidlige varsler gælder områder, der endnu ikke er på listen.</p>
          ) : (
            <p>
              Ingen varsler: området opfylder ikke enkelte kriterier, og udviklingen de seneste tre år når ingen grænse inden for to år.
            </p>
          )}
        </>
      )}
      {p.years.length > 0 && (
        <>
          <h2>Tal pr. år</h2>
          <ScrollTable label="Boligområdets tal pr. år">
            <table class="table table--zebra table--compact">
              <caption class="sr-only">Boligområdets tal pr. år</caption>
              <thead>
                <tr>
                  <th scope="col">År</th>
                  <th scope="col" class="sd-number">
                    Beboere
                  </th>
                  <th scope="col" class="sd-number">
                    Uden for arbejde eller uddannelse (%)
                  </th>
                  <th scope="col" class="sd-number">
                    Dømte (gange landsgennemsnittet)
                  </th>
                  <th scope="col" class="sd-number">
                    Kun grundskole (%)
                  </th>
                  <th scope="col" class="sd-number">
                    Indkomst (% af regionens)
                  </th>
                  <th scope="col" class="sd-number">
                    Ikke-vestlige (%)
                  </th>
                  <th scope="col">Liste året efter</th>
                  {area.canManage && <th scope="col">Ret</th>}
                </tr>
              </thead>
              <tbody>
                {[...p.years].reverse().map((y) => (
                  <tr>
                    <th scope="row">{y.year}</th>
                    <td class="sd-number">{formatInteger(y.residents)}</td>
                    <td class="sd-number">{cell(y.outsideWorkPct)}</td>
                    <td class="sd-number">{cell(y.convictionsRatio)}</td>
                    <td class="sd-number">{cell(y.primarySchoolOnlyPct)}</td>
                    <td class="sd-number">{cell(y.incomeRatioPct)}</td>
                    <td class="sd-number">{cell(y.nonWesternPct)}</td>
                    <td>
                      <ListBadges assessment={p.byYear.get(y.year)!} year={y.year} />
                    </td>
                    {area.canManage && (
                      <td>
                        <a href={`${base}/tal?aar=${y.year}`}>
                          Ret<span class="sr-only"> tallene for {y.year}</span>
                        </a>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      <h2>Historik</h2>
      <HistoryTable entries={p.history} caption="Boligområdets historik" />
    </>
  );
}
