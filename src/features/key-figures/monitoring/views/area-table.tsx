import { formatInteger } from '../../../../ui/format.ts';
import { ScrollTable } from '../../../../ui/table.tsx';
import type { AssessedArea, assessAll } from '../monitoring.ts';
import { LIST_LABELS, LIST_PLURALS, LISTS } from '../words.ts';
import { ListBadges, WarningBadge } from './status.tsx';
import { WarningList } from './warning-list.tsx';

/* The table of many areas (a municipality's, the country's), the count per list above it, and the warnings below it. */

export function AreaTable({
  areas,
  year,
  caption,
  national,
}: {
  areas: AssessedArea[];
  year: number;
  caption: string;
  national?: boolean;
}) {
  return (
    <ScrollTable label={caption}>
      <table class="table table--zebra table--compact">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Boligområde</th>
            {national && <th scope="col">Kommune</th>}
            {national && <th scope="col">Region</th>}
            <th scope="col" class="sd-number">
              Afdelinger
            </th>
            <th scope="col" class="sd-number">
              Beboere
            </th>
            <th scope="col" class="sd-number">
              Kriterier opfyldt, udsat
            </th>
            <th scope="col" class="sd-number">
              Kriterier opfyldt, forebyggelse
            </th>
            <th scope="col">Liste efter tallene for {year}</th>
            <th scope="col">Tidlig varsel</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => {
            const c = a.assessment.classification;
            return (
              <tr>
                <th scope="row">
                  <a href={`/boligomraader/${a.id}?aar=${year}`}>{a.name}</a>
                </th>
                {national && (
                  <td>
                    <a href={`/kommuner/${a.municipalityCode}/boligomraader`}>{a.municipalityName}</a>
                  </td>
                )}
                {national && <td>{a.regionName}</td>}
                <td class="sd-number">{formatInteger(a.estates)}</td>
                <td class="sd-number">{formatInteger(c?.residents)}</td>
                <td class="sd-number">{c ? `${c.udsatCount} af 4` : '–'}</td>
                <td class="sd-number">{c ? `${c.forebyggelseCount} af 4` : '–'}</td>
                <td>
                  <ListBadges assessment={a.assessment} year={year} />
                </td>
                <td>
                  <WarningBadge count={a.assessment.warnings.length} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function ListCounts({ counts, year }: { counts: ReturnType<typeof assessAll>['counts']; year: number }) {
  return (
    <ul class="sd-cards no-max-width" aria-label={`Antal boligområder pr. liste efter tallene for ${year}`}>
      {LISTS.map((l) => (
        <li>
          <p class="h2 mt-0 mb-0">{formatInteger(counts[l])}</p>
          <p class="mb-0">{l === 'parallel' ? 'Parallelsamfund' : LIST_PLURALS[l].charAt(0).toUpperCase() + LIST_PLURALS[l].slice(1)}</p>
        </li>
      ))}
      <li>
        <p class="h2 mt-0 mb-0">{formatInteger(counts.warning)}</p>
        <p class="mb-0">Med tidlig varsel</p>
      </li>
      <li>
        <p class="h2 mt-0 mb-0">{formatInteger(counts.missing)}</p>
        <p class="mb-0">Uden tal for {year}</p>
      </li>
    </ul>
  );
}

/** Each area with warnings, and its sentences. */
export function WarningsByArea({ areas }: { areas: AssessedArea[] }) {
  const warned = areas.filter((a) => a.assessment.warnings.length > 0);
  if (warned.length === 0) return <p>Ingen boligområder har tidlige varsler.</p>;
  return (
    <>
      {warned.map((a) => (
        <section>
          <h3 class="h4">
            <a href={`/boligomraader/${a.id}`}>{a.name}</a>
          </h3>
          <WarningList warnings={a.assessment.warnings} />
        </section>
      ))}
    </>
  );
}

export const LIST_OPTIONS = [
  ...LISTS.map((l) => ({ value: l, label: LIST_LABELS[l] })),
  { value: 'varsel', label: 'Tidlig varsel' },
  { value: 'ingen', label: 'Ingen liste' },
];
