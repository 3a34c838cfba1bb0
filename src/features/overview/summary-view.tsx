import { pluralNoun } from '../../lib/plural.ts';
import { formatInteger } from '../../ui/format.ts';
import { STAGE_LABELS } from '../dialogue/index.ts';
import type { YearSummary as Summary } from './service.ts';
import { ScrollTable } from '../../ui/table.tsx';

export function YearSummary({ s, year }: { s: Summary; year: number }) {
  return (
    <section aria-labelledby="h-summary">
      <h2 id="h-summary">Året {year} i tal</h2>
      <ul class="sd-cards no-max-width">
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(s.due)}</p>
          <p class="mb-0">
            {pluralNoun(s.due, 'styringsdialog', 'styringsdialoger')} i {year}
          </p>
        </li>
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(s.held)}</p>
          <p class="mb-0">{pluralNoun(s.held, 'møde afholdt', 'møder afholdt')}</p>
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
      <ScrollTable label={`Styringsdialoger i ${year} fordelt på faser`}>
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
      </ScrollTable>
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
            <p class="mb-0">{pluralNoun(summary.due, 'styringsdialog i år', 'styringsdialoger i år')}</p>
          </li>
          <li>
            <p class="h3 mt-0 mb-0">{formatInteger(summary.held)}</p>
            <p class="mb-0">{pluralNoun(summary.held, 'møde afholdt', 'møder afholdt')}</p>
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
