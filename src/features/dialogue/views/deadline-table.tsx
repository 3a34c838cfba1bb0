import { formatDate } from '../../../ui/format.ts';
import type { DeadlineStatus } from '../deadline-status.ts';
import { ScrollTable } from '../../../ui/table.tsx';

export function DeadlineState({ d }: { d: DeadlineStatus }) {
  if (d.overdue) return <span class="sd-badge sd-badge-red">Overskredet</span>;
  if (d.met)
    return (
      <>
        {d.late ? <span class="sd-badge sd-badge-yellow">Nået efter fristen</span> : <span class="sd-badge sd-badge-green">Overholdt</span>}
        {d.metOn && <span class="sd-muted"> {formatDate(d.metOn)}</span>}
      </>
    );
  if (d.met === null) return <span class="sd-muted">–</span>;
  return <span class="sd-badge">Kommende</span>;
}

/** The deadlines of one dialogue; overdue rows say so in words, not only in colour. */
export function DeadlineTable({ deadlines, caption }: { deadlines: DeadlineStatus[]; caption: string }) {
  return (
    <ScrollTable label={caption}>
      <table class="table table--zebra">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Frist</th>
            <th scope="col">Dato</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((d) => (
            <tr class={d.overdue ? 'sd-row-overdue' : undefined}>
              <td>
                {d.label}
                {d.source === 'common' && <span class="sd-muted"> (fælles dato)</span>}
              </td>
              <td>{formatDate(d.date)}</td>
              <td>
                <DeadlineState d={d} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
