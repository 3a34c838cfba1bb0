import { formatDateTime } from '../../ui/format.ts';
import type { AuditEvent } from './service.ts';
import { ScrollTable } from '../../ui/table.tsx';

const ACTIONS: Record<string, string> = {
  create: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
  deactivate: 'Deaktiveret',
  activate: 'Genaktiveret',
  import: 'Importeret',
  login: 'Logget ind',
  logout: 'Logget ud',
  invite: 'Inviteret',
};

/** Danish names of the fields that appear in the history. */
const FIELDS: Record<string, string> = {
  name: 'Navn',
  lbfNumber: 'LBF-nummer',
  address: 'Adresse',
  postalCode: 'Postnummer',
  city: 'By',
  municipalityCode: 'Kommune',
  administratorId: 'Administrationsorganisation',
  fiscalYearEndMonth: 'Regnskabsår slutter (måned)',
  email: 'E-mail',
  website: 'Hjemmeside',
  active: 'Aktiv',
  number: 'Afdelingsnummer',
  homesFamily: 'Familieboliger',
  homesElderly: 'Ældreboliger',
  homesYouth: 'Ungdomsboliger',
  homesCare: 'Plejeboliger',
  areaM2: 'Areal (m²)',
  yearBuilt: 'Opførelsesår',
  organisationId: 'Boligorganisation',
  version: 'Version',
  cvr: 'CVR-nummer',
  phone: 'Telefon',
  title: 'Titel',
  role: 'Rolle',
  startDate: 'Startdato',
  endDate: 'Slutdato',
  personId: 'Person',
  forumId: 'Forum',
  termsOfReference: 'Kommissorium',
  secretariat: 'Sekretariat',
  meetingsPerYear: 'Møder om året',
  disabledAt: 'Deaktiveret',
  id: 'Id',
};

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '–' : v === true ? 'ja' : v === false ? 'nej' : String(v));

export function HistoryTable({ events, showEntity }: { events: AuditEvent[]; showEntity?: boolean }) {
  if (events.length === 0) return <p class="sd-muted">Ingen historik endnu.</p>;
  return (
    <ScrollTable label="Historik">
      <table class="table table--compact">
        <caption class="sr-only">Historik</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hvem</th>
            {showEntity && <th scope="col">Hvad</th>}
            <th scope="col">Handling</th>
            <th scope="col">Ændringer</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const changes = Object.entries(e.changes ?? {}).filter(([k]) => k !== 'version' && !(e.action === 'create' && k === 'id'));
            return (
              <tr>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.actorLabel}</td>
                {showEntity && (
                  <td>
                    {e.entityType} {e.entityId}
                  </td>
                )}
                <td>
                  {ACTIONS[e.action] ?? e.action}
                  {e.summary ? `: ${e.summary}` : ''}
                </td>
                <td>
                  {changes.length === 0 ? (
                    '–'
                  ) : (
                    <ul class="nobullet-list sd-diff">
                      {changes.map(([k, v]) => (
                        <li>
                          {FIELDS[k] ?? k}:{' '}
                          {e.action !== 'create' && (
                            <>
                              <del>{show(v.old)}</del> →{' '}
                            </>
                          )}
                          <ins>{show(v.new)}</ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
