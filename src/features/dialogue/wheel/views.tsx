import { raw } from 'hono/html';
import { formatDate, formatInteger } from '../../../ui/format.ts';
import { MONTH_NAMES } from './chart.ts';
import type { MarkState, WheelMark } from './marks.ts';

const STATE_WORDS: Record<MarkState, string> = { overdue: 'Overskredet', met: 'Overholdt', upcoming: 'Kommende', info: 'Fælles frist' };
const BADGE: Record<MarkState, string> = { overdue: 'sd-badge sd-badge-red', met: 'sd-badge sd-badge-green', upcoming: 'sd-badge sd-badge-blue', info: 'sd-badge' };

/**
 * The wheel beside a table of the same deadlines by month. The picture is inlined (so it scales and
 * prints) and marked as an image whose text alternative points to the table.
 */
export function WheelView({ title, year, svg, marks, aggregate, nav }: { title: string; year: number; svg: string; marks: WheelMark[]; aggregate: boolean; nav: { prev: string; next: string } }) {
  return (
    <div class="no-max-width">
      <h1>{title}</h1>
      <nav class="sd-actions" aria-label="År"><a href={nav.prev}>‹ {year - 1}</a><strong>{year}</strong><a href={nav.next}>{year + 1} ›</a></nav>
      <div class="sd-wheel">
        <figure class="sd-wheel-figure">
          <div role="img" aria-label={`Årshjul for ${year}: tolv måneder med fristerne markeret. Samme frister står i tabellen.`}>{raw(svg)}</div>
          <figcaption>
            <ul class="sd-legend">
              {(['overdue', 'upcoming', 'met', 'info'] as MarkState[]).map((s) => <li><span class={`sd-dot sd-dot-${s}`} aria-hidden="true"></span>{STATE_WORDS[s]}</li>)}
            </ul>
            <p class="sd-muted">Ringene indefra: fællesmøde, regnskab, indkaldelse, dokumentationspakke, møde, aftaledokument, redegørelse.{aggregate && ' Tallet i en prik er antallet af boligorganisationer.'}</p>
          </figcaption>
        </figure>
        <div class="sd-table-wrap" tabindex={0} role="region" aria-label={`Frister i ${year}`}>
          <table class="table table--zebra table--compact">
            <caption>Frister i {year} måned for måned</caption>
            <thead><tr><th scope="col">Måned</th><th scope="col">Frist</th><th scope="col">Dato</th>{aggregate && <th scope="col" class="sd-number">Antal</th>}<th scope="col">Status</th></tr></thead>
            <tbody>
              {marks.map((m) => (
                <tr class={m.state === 'overdue' ? 'sd-row-overdue' : undefined}>
                  <td>{MONTH_NAMES[m.month - 1]}</td><td>{m.label}</td><td>{m.spread ? `fra ${formatDate(m.date)}` : formatDate(m.date)}</td>
                  {aggregate && <td class="sd-number">{formatInteger(m.count)}</td>}
                  <td><span class={BADGE[m.state]}>{STATE_WORDS[m.state]}</span>{aggregate && m.overdue > 0 && ` (${formatInteger(m.overdue)} overskredet)`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
