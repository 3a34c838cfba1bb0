import { formatDate, formatInteger } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { estateHref, minutesHref } from '../links.ts';
import type { PublicLetting } from '../read.ts';

/* Tables the public pages share: approved minutes, letting agreements in force. */

type MinutesRow = {
  id: number;
  title: string;
  startsAt: Date | null;
  heldAt: Date | null;
  organisationName: string | null;
  forumName: string | null;
  kind: string;
};

const KIND_WORDS: Record<string, string> = { dialogmoede: 'Styringsdialogmøde', faellesmoede: 'Fællesmøde', forum: 'Forummøde' };

/** Approved minutes, newest first, each linking to its public copy. */
export function MinutesTable({ rows, label, showWith = true }: { rows: MinutesRow[]; label: string; showWith?: boolean }) {
  if (rows.length === 0) return <p>Der er endnu ingen godkendte referater.</p>;
  return (
    <ScrollTable label={label}>
      <table class="table table--zebra">
        <caption class="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Referat</th>
            <th scope="col">Dato</th>
            <th scope="col">Mødetype</th>
            {showWith && <th scope="col">Med</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr>
              <td>
                <a href={minutesHref(m.id)}>{m.title}</a>
              </td>
              <td>{formatDate(m.startsAt ?? m.heldAt)}</td>
              <td>{KIND_WORDS[m.kind] ?? m.kind}</td>
              {showWith && <td>{m.organisationName ?? m.forumName ?? 'Alle boligorganisationer'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Letting agreements approved and in force today, with their estates. */
export function LettingTable({ rows, label }: { rows: PublicLetting[]; label: string }) {
  if (rows.length === 0) return <p>Der er ingen godkendte udlejningsaftaler i kraft.</p>;
  return (
    <ScrollTable label={label}>
      <table class="table table--zebra">
        <caption class="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Aftale</th>
            <th scope="col">Afdelinger</th>
            <th scope="col">Omfang</th>
            <th scope="col">Gælder</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr>
              <td>
                {l.kindLabel}
                {l.priorityLabels.length > 0 && <div class="font-small">Fortrin: {l.priorityLabels.join(', ')}</div>}
              </td>
              <td>
                {l.estates.length === 0
                  ? '–'
                  : l.estates.map((e, i) => (
                      <>
                        {i > 0 && ', '}
                        <a
                          href={estateHref(e.supervisorCode, e.organisationId, e.id)}
                        >{`${e.organisationName}, afd. ${e.number} ${e.name}`}</a>
                      </>
                    ))}
              </td>
              <td>
                {[
                  l.sharePercent !== null ? `${formatInteger(l.sharePercent)} % af de ledige boliger` : null,
                  l.homesCount !== null ? `${formatInteger(l.homesCount)} boliger` : null,
                ]
                  .filter(Boolean)
                  .join(', ') || '–'}
              </td>
              <td>{`${formatDate(l.validFrom)} – ${formatDate(l.validTo)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

type AgreementRow = {
  id: number;
  themeLabel: string;
  text: string;
  responsibleLabel: string;
  deadline: string | null;
  statusLabel: string;
};

/** Agreements and goals with their status. */
export function AgreementsTable({ rows, label, estates }: { rows: AgreementRow[]; label: string; estates?: (a: AgreementRow) => string }) {
  if (rows.length === 0) return <p>Der er ingen aftaler.</p>;
  return (
    <ScrollTable label={label}>
      <table class="table table--zebra">
        <caption class="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Tema</th>
            <th scope="col">Aftale</th>
            {estates && <th scope="col">Afdelinger</th>}
            <th scope="col">Ansvarlig</th>
            <th scope="col">Frist</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr>
              <td>{a.themeLabel}</td>
              <td>{a.text}</td>
              {estates && <td>{estates(a) || 'Hele boligorganisationen'}</td>}
              <td>{a.responsibleLabel}</td>
              <td>{formatDate(a.deadline)}</td>
              <td>{a.statusLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
