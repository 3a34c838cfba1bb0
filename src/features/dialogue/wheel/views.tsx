import { formatInteger } from '../../../ui/format.ts';
import { COMPACT_WHEEL, MONTH_NAMES, WHEEL_SIZE } from './chart.ts';
import type { MarkState, WheelMark } from './marks.ts';
import { countNoun, pluralNoun } from '../../../lib/plural.ts';
import { ScrollTable } from '../../../ui/table.tsx';

export const STATE_WORDS: Record<MarkState, string> = {
  overdue: 'Overskredet',
  met: 'Overholdt',
  upcoming: 'Kommende',
  info: 'Til orientering',
};
const BADGE: Record<MarkState, string> = {
  overdue: 'sd-badge sd-badge-red',
  met: 'sd-badge sd-badge-green',
  upcoming: 'sd-badge sd-badge-blue',
  info: 'sd-badge',
};

const dayAndMonth = (iso: string) => `${Number(iso.slice(8))}. ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]}`;

/** The picture's text alternative: what it shows in numbers, and where the same deadlines are in words. */
export function wheelAlt(name: string, year: number, marks: WheelMark[]): string {
  const overdue = marks.filter((m) => m.state === 'overdue').length;
  return (
    `Årshjul ${year} for ${name}: tolv måneder med ${countNoun(marks.length, 'frist', 'frister')} markeret` +
    `${overdue ? `, heraf ${formatInteger(overdue)} ${pluralNoun(overdue, 'overskredet', 'overskredne')}` : ''}. Samme frister står i tabellen „Frister i ${year} måned for måned“.`
  );
}

/**
 * The wheel (an image of its own: echarts' SVG is served from its own address, as the page's CSP
 * allows no inline styles) beside a table of the same deadlines by month, for screen readers and
 * keyboards; overdue in words as well as in red. `aggregate`: the municipality's wheel, with the
 * number of organisations behind each deadline and how many of them are late.
 */
export function WheelView({
  title,
  name,
  year,
  svgUrl,
  marks,
  aggregate,
  nav,
}: {
  title: string;
  name: string;
  year: number;
  svgUrl: string;
  marks: WheelMark[];
  aggregate: boolean;
  nav: { prev: string; next: string };
}) {
  return (
    <div class="no-max-width">
      <h1>{title}</h1>
      <nav class="sd-actions" aria-label="År">
        <a href={nav.prev}>‹ {year - 1}</a>
        <strong>{year}</strong>
        <a href={nav.next}>{year + 1} ›</a>
      </nav>
      <div class="sd-wheel">
        <figure class="sd-wheel-figure">
          {/* On a phone, a smaller canvas with larger text: scaled to the screen, its labels stay readable. */}
          <picture>
            <source media="(max-width: 40em)" srcset={`${svgUrl}&visning=kompakt`} width={COMPACT_WHEEL.size} height={COMPACT_WHEEL.size} />
            <img src={svgUrl} alt={wheelAlt(name, year, marks)} width={WHEEL_SIZE} height={WHEEL_SIZE} />
          </picture>
          <figcaption>
            <ul class="sd-legend">
              {(['overdue', 'upcoming', 'met', 'info'] as MarkState[]).map((s) => (
                <li>
                  <span class={`sd-dot sd-dot-${s}`} aria-hidden="true"></span>
                  {STATE_WORDS[s]}
                </li>
              ))}
            </ul>
            <p class="sd-muted">
              Månederne går med uret fra januar øverst; den stiplede linje er i dag. Fællesmødet og redegørelsen følger ingen fase i
              dialogen og er grå (til orientering).
              {aggregate &&
                ' Gælder en frist flere boligorganisationer, står deres antal efter fristens navn; en frist er rød, hvis blot én af dem er overskredet.'}
            </p>
            <p>
              <a href={svgUrl}>Åbn årshjulet i fuld størrelse</a>
            </p>
          </figcaption>
        </figure>
        <ScrollTable labelledBy="frister-caption">
          <table class="table table--compact">
            <caption id="frister-caption">Frister i {year} måned for måned</caption>
            <thead>
              <tr>
                <th scope="col">Måned</th>
                <th scope="col">Frist</th>
                {aggregate && (
                  <th scope="col" class="sd-number">
                    Antal
                  </th>
                )}
                <th scope="col">Status</th>
              </tr>
            </thead>
            {marks.length === 0 && (
              <tbody>
                <tr>
                  <td colspan={aggregate ? 4 : 3}>Ingen frister i {year}.</td>
                </tr>
              </tbody>
            )}
            {[...Map.groupBy(marks, (m) => m.month)].map(([month, group]) => (
              <tbody>
                {group.map((m, i) => (
                  <tr>
                    {i === 0 && (
                      <th scope="rowgroup" rowspan={group.length}>
                        {MONTH_NAMES[month - 1]}
                      </th>
                    )}
                    <td>
                      {m.label}
                      <br />
                      <span class="sd-muted">{m.spread ? `fra ${dayAndMonth(m.date)}` : dayAndMonth(m.date)}</span>
                    </td>
                    {aggregate && <td class="sd-number">{formatInteger(m.count)}</td>}
                    <td>
                      <span class={BADGE[m.state]}>{STATE_WORDS[m.state]}</span>
                      {aggregate && m.overdue > 0 && ` ${formatInteger(m.overdue)} af ${formatInteger(m.count)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          {aggregate && (
            <p class="form-hint">Antal: boligorganisationer med fristen. Ved Overskredet står, hvor mange af dem der er bagud.</p>
          )}
        </ScrollTable>
      </div>
    </div>
  );
}
