import { formatInteger } from '../../../../ui/format.ts';
import { ScrollTable } from '../../../../ui/table.tsx';
import type { YearClassification } from '../classify.ts';
import type { ThresholdUnit } from '../thresholds.ts';
import { formatOne, formatPlain, withUnit } from '../words.ts';
import { CheckCell } from './status.tsx';

/*
 * Where an area stands on each criterion in one year: the value, and against each set of
 * thresholds the line, whether it is met and how far it is from it.
 */

const value = (v: number | null, unit: ThresholdUnit) =>
  v === null ? <span class="sd-muted">Ingen tal</span> : withUnit(formatOne(v), unit);
const threshold = (t: number | undefined, unit: ThresholdUnit, word: string) =>
  t === undefined ? '–' : `${word} ${withUnit(formatPlain(t), unit)}`;

export function CriteriaTable({ c }: { c: YearClassification }) {
  const t = c.thresholds?.values;
  const caption = `Kriterier efter tallene for ${c.year} (listen 1. december ${c.listYear})`;
  return (
    <ScrollTable label={caption}>
      <table class="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kriterium</th>
            <th scope="col" class="sd-number">
              Områdets værdi
            </th>
            <th scope="col">Grænse, udsat boligområde</th>
            <th scope="col">Opfyldt (udsat)</th>
            <th scope="col">Grænse, forebyggelsesområde</th>
            <th scope="col">Opfyldt (forebyggelse)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Beboere</th>
            <td class="sd-number">{formatInteger(c.residents)}</td>
            <td>{t ? `mindst ${formatInteger(t.min_residents)}` : '–'}</td>
            <td>
              <CheckCell check={c.residentsCheck} unit="residents" />
            </td>
            <td>{t ? `mindst ${formatInteger(t.min_residents)}` : '–'}</td>
            <td>
              <CheckCell check={c.residentsCheck} unit="residents" />
            </td>
          </tr>
          {c.criteria.map((r) => {
            const word = r.criterion.comparison === 'below' ? 'under' : r.criterion.comparison === 'atLeast' ? 'mindst' : 'over';
            return (
              <tr>
                <th scope="row">
                  {r.criterion.label}
                  {r.criterion.twoYear && (
                    <span class="sd-muted">
                      {' '}
                      (
                      {r.years.length === 2
                        ? `gennemsnit af ${r.years[0]} og ${r.years[1]}`
                        : r.years.length === 1
                          ? `gennemsnit af to år; kun ${r.years[0]} har tal`
                          : 'gennemsnit af to år'}
                      )
                    </span>
                  )}
                </th>
                <td class="sd-number">{value(r.value, r.criterion.unit)}</td>
                <td>{threshold(r.udsat?.threshold ?? t?.[`udsat.${r.criterion.key}`], r.criterion.unit, word)}</td>
                <td>
                  <CheckCell check={r.udsat} unit={r.criterion.unit} />
                </td>
                <td>{threshold(r.forebyggelse?.threshold ?? t?.[`forebyggelse.${r.criterion.key}`], r.criterion.unit, word)}</td>
                <td>
                  <CheckCell check={r.forebyggelse} unit={r.criterion.unit} />
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Indvandrere og efterkommere fra ikke-vestlige lande</th>
            <td class="sd-number">{value(c.nonWestern.value, 'pct')}</td>
            <td>{t ? `over ${withUnit(formatPlain(t['parallel.non_western']), 'pct')} (parallelsamfund)` : '–'}</td>
            <td>
              <CheckCell check={c.nonWestern.parallel} unit="pct" />
            </td>
            <td>{threshold(t?.['forebyggelse.non_western'], 'pct', 'over')}</td>
            <td>
              <CheckCell check={c.nonWestern.forebyggelse} unit="pct" />
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Opfyldte kriterier af fire</th>
            <td class="sd-number"></td>
            <td>{t ? `mindst ${t['udsat.criteria']}` : '–'}</td>
            <td>{c.udsatCount}</td>
            <td>{t ? `mindst ${t['forebyggelse.criteria']}` : '–'}</td>
            <td>{c.forebyggelseCount}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
