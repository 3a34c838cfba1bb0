import { formatShortDate } from '../../../ui/format.ts';
import type { listMembers } from '../people.ts';
import { MEMBERSHIP_ROLES } from '../schemas.ts';
import { ScrollTable } from '../../../ui/table.tsx';

export function formatPeriod(m: { startDate: string | null; endDate: string | null; current: boolean }) {
  return `${m.startDate ? formatShortDate(m.startDate) : '–'} – ${m.endDate ? formatShortDate(m.endDate) : m.current ? 'nu' : ''}`;
}

/**
 * The people of one body. `showContact: false` leaves the contact column out (public
 * pages); `linkPeople: false` shows names without links for callers who cannot open them.
 */
export function MemberTable({
  members,
  showContact = true,
  linkPeople = true,
  caption = 'Personer',
}: {
  members: Awaited<ReturnType<typeof listMembers>>;
  showContact?: boolean;
  linkPeople?: boolean;
  caption?: string;
}) {
  if (members.length === 0) return <p class="sd-muted">Ingen personer registreret.</p>;
  return (
    <ScrollTable label={caption}>
      <table class="table table--compact">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Titel</th>
            <th scope="col">Rolle</th>
            <th scope="col">Periode</th>
            {showContact && <th scope="col">Kontakt</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr class={m.current ? undefined : 'sd-muted'}>
              <td>{linkPeople ? <a href={`/personer/${m.personId}`}>{m.name}</a> : m.name}</td>
              <td>{m.title}</td>
              <td>{MEMBERSHIP_ROLES[m.role]}</td>
              <td>{formatPeriod(m)}</td>
              {showContact && <td>{[m.email, m.phone].filter(Boolean).join(', ') || '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
