import { SelectField, TextField } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { SIDE_LABELS } from '../../labels.ts';
import { SIDES } from '../../tables.ts';
import { ActionButton } from '../../views/parts.tsx';

import { formOf, type MeetingPageProps as Props } from '../../views/page-props.ts';
import { ScrollTable } from '../../../../ui/table.tsx';

/** Why the list is empty: an imported or approved meeting will get no more participants, an open one may. */
function noParticipants(m: Props['m'], editable: boolean): string {
  if (m.importedFrom) return 'Referatet, som mødet er importeret fra, har ingen deltagerliste.';
  if (m.locked) return 'Der blev ikke skrevet deltagere på mødet, før referatet blev godkendt.';
  if (editable) return 'Ingen deltagere endnu. Tilføj dem herunder; de får indkaldelsen, hvis de har en e-mailadresse.';
  return 'Kommunen har ikke skrevet deltagere på mødet endnu.';
}

export function Participants({ p }: { p: Props }) {
  const { m } = p;
  const editable = m.canManage && !m.locked;
  const f = formOf(p, 'participant');
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Deltagere</h2>
      {m.participants.length === 0 ? (
        <p>{noParticipants(m, editable)}</p>
      ) : (
        <ScrollTable label="Tabel over deltagere">
          <table class="table table--zebra">
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Titel</th>
                <th scope="col">Side</th>
                <th scope="col">Fremmøde</th>
                {editable && (
                  <th scope="col">
                    <span class="sr-only">Handlinger</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {m.participants.map((x) => (
                <tr>
                  <td>{x.name}</td>
                  <td>{x.title ?? '–'}</td>
                  <td>{SIDE_LABELS[x.side]}</td>
                  <td>{x.present ? 'Til stede' : 'Fraværende'}</td>
                  {editable && (
                    <td>
                      <ActionButton
                        action={`/moeder/${m.id}/deltagere/${x.id}`}
                        csrf={p.csrf}
                        hidden={{ change: x.present ? 'fravaerende' : 'til_stede' }}
                        label={x.present ? `Markér ${x.name} fraværende` : `Markér ${x.name} til stede`}
                        secondary
                        small
                      />
                      <ActionButton
                        action={`/moeder/${m.id}/deltagere/${x.id}`}
                        csrf={p.csrf}
                        hidden={{ change: 'fjern' }}
                        label={`Fjern ${x.name}`}
                        secondary
                        small
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {editable && (
        <details class="details" open={p.form?.form === 'participant'}>
          <summary class="details-summary">Tilføj deltager</summary>
          <div class="details-text">
            <Form id="participant" action={`/moeder/${m.id}/deltagere`} csrf={p.csrf} novalidate>
              <TextField name="participantName" label="Navn" required values={f.values} errors={f.errors} width="l" />
              <TextField
                name="participantTitle"
                label="Titel"
                hint="Fx formand, forretningsfører, Borger- og Socialchef."
                values={f.values}
                errors={f.errors}
                width="l"
              />
              <SelectField
                name="side"
                label="Side"
                required
                values={f.values}
                errors={f.errors}
                options={SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s] }))}
              />
              <TextField
                name="email"
                label="E-mail"
                type="email"
                hint="Bruges til indkaldelsen."
                values={f.values}
                errors={f.errors}
                width="l"
              />
              <button class="button button-secondary" type="submit">
                Tilføj deltager
              </button>
            </Form>
          </div>
        </details>
      )}
    </section>
  );
}
