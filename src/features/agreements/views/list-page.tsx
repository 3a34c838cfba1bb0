import { formatDate } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { THEME_LABELS } from '../../meetings/index.ts';
import type { AgreementListRow } from '../service.ts';
import { SIDE_LABELS, STATUS_LABELS } from '../words.ts';

/** An organisation's agreements of one dialogue year. */
export function AgreementList({ rows, organisationName, year }: { rows: AgreementListRow[]; organisationName: string; year: number }) {
  if (rows.length === 0) return <p>Ingen aftaler i styringsdialogen {year}.</p>;
  const caption = `Aftaler med ${organisationName} ${year}`;
  return (
    <ScrollTable label={caption}>
      <table class="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Aftale</th>
            <th scope="col">Tema</th>
            <th scope="col">Ansvarlig</th>
            <th scope="col">Frist</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`/aftaler/${r.id}`}>{r.text.length > 120 ? `${r.text.slice(0, 120).trimEnd()} …` : r.text}</a>
                {r.targetIndicator && <span class="sd-muted"> (med mål i nøgletallene)</span>}
              </td>
              <td>{THEME_LABELS[r.theme]}</td>
              <td>
                {SIDE_LABELS[r.responsibleSide]}
                {r.responsiblePerson && ` – ${r.responsiblePerson}`}
              </td>
              <td>{r.deadline ? formatDate(r.deadline) : '–'}</td>
              <td>{STATUS_LABELS[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
