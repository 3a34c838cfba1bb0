import { formatShortDate } from '../../../ui/format.ts';
import type { listMembers } from '../people.ts';
import { MEMBERSHIP_ROLES } from '../schemas.ts';

export function MemberTable({ members }: { members: Awaited<ReturnType<typeof listMembers>> }) {
  if (members.length === 0) return <p class="sd-muted">Ingen personer registreret.</p>;
  return (
    <div class="sd-table-wrap">
      <table class="table table--compact">
        <caption class="sr-only">Personer</caption>
        <thead>
          <tr><th scope="col">Navn</th><th scope="col">Titel</th><th scope="col">Rolle</th><th scope="col">Periode</th><th scope="col">Kontakt</th></tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr class={m.current ? undefined : 'sd-muted'}>
              <td><a href={`/personer/${m.personId}`}>{m.name}</a></td>
              <td>{m.title}</td>
              <td>{MEMBERSHIP_ROLES[m.role]}</td>
              <td>{m.startDate ? formatShortDate(m.startDate) : '–'} – {m.endDate ? formatShortDate(m.endDate) : (m.current ? 'nu' : '')}</td>
              <td>{[m.email, m.phone].filter(Boolean).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
