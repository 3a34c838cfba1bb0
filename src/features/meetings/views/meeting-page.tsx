import { Alert, CsrfField, DescriptionList, ErrorSummary, SelectField, TextField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { Form } from '../../../ui/form.tsx';
import { KIND_LABELS, MINUTES_STATUS_LABELS, THEME_LABELS } from '../labels.ts';
import { THEMES } from '../tables.ts';
import { danishParts } from '../../../lib/copenhagen-time.ts';
import { ActionButton, meetingTime } from './parts.tsx';
import { PlainText } from '../../../ui/plain-text.tsx';

import { Item } from '../agenda/views/agenda-item.tsx';
import { Minutes } from '../minutes/views/minutes-section.tsx';
import { Participants } from '../participants/views/participants-section.tsx';
import { MeetingHistory } from './history-section.tsx';
import { formOf, type MeetingPageProps as Props } from './page-props.ts';

export type { MeetingForm } from './page-props.ts';

const FIELDLESS = new Set(['convene', 'minutes', 'proposals', 'participant-change']);

export function MeetingPage(p: Props) {
  const { m } = p;
  const editable = m.canManage && !m.locked;
  const itemForm = formOf(p, 'item');
  const editForm = formOf(p, 'meeting');
  const errors = p.form?.errors;
  const topLevel = m.tree.map((i) => ({ value: String(i.id), label: `${i.number}. ${i.title}` }));
  // The dialogue of the meeting's year, as a new meeting is linked to it; its row may not exist yet.
  const dialogueYear =
    m.kind !== 'dialogmoede' ? null : (m.dialogueYear ?? (m.startsAt ? Number(danishParts(m.startsAt).date.slice(0, 4)) : null));
  return (
    <>
      <h1>{m.title}</h1>
      <p class="font-lead">
        {m.kind === 'forum' && m.forumName ? (
          <>
            Møde i <a href={`/fora/${m.forumId}`}>{m.forumName}</a>
          </>
        ) : (
          KIND_LABELS[m.kind]
        )}{' '}
        · {m.municipalityName}
        {m.organisationName && (
          <>
            {' '}
            · <a href={`/boligorganisationer/${m.organisationId}`}>{m.organisationName}</a>
          </>
        )}
      </p>
      {dialogueYear !== null && (
        <p>
          Mødet hører til{' '}
          <a href={`/boligorganisationer/${m.organisationId}/styringsdialog/${dialogueYear}`}>styringsdialogen {dialogueYear}</a>.
        </p>
      )}
      {/* A refused step (convene, send, approve) has no field to point at: its message stands alone. */}
      {p.form && FIELDLESS.has(p.form.form) ? (
        <Alert kind="error" heading="Det kunne ikke lade sig gøre">
          {Object.values(errors ?? {}).join(' ')}
        </Alert>
      ) : (
        <ErrorSummary errors={errors} form={p.form?.form} />
      )}
      <DescriptionList
        items={[
          ['Tidspunkt', meetingTime(m.startsAt, m.endsAt)],
          ['Sted', m.place ?? (m.importedFrom ? 'Ikke angivet i referatet' : 'Ikke fastsat')],
          // An imported meeting was convened outside the system: "not convened" would read as a missed step.
          ...(m.importedFrom && !m.convenedAt
            ? []
            : [['Indkaldt', m.convenedAt ? formatDateTime(m.convenedAt) : 'Ikke indkaldt endnu'] as [string, string]]),
          ['Referat', `${MINUTES_STATUS_LABELS[m.minutesStatus]}, version ${m.minutesVersion}`],
          // The file itself is not kept (only what was read from it), so it is named, not linked.
          ...(m.importedFrom
            ? [['Importeret', `Oprettet ${formatDate(m.createdAt)} ud fra referatet i filen „${m.importedFrom}“`] as [string, string]]
            : []),
        ]}
      />
      <p class="sd-button-row">
        <a class="button button-secondary" href={`/moeder/${m.id}/dagsorden.pdf`}>
          Dagsorden som PDF
        </a>
        <a class="button button-secondary" href={`/moeder/${m.id}/dagsorden.docx`}>
          Dagsorden som Word
        </a>
        <a class="button button-secondary" href={`/moeder/${m.id}/referat.pdf`}>
          Referat som PDF
        </a>
        <a class="button button-secondary" href={`/moeder/${m.id}/referat.docx`}>
          Referat som Word
        </a>
      </p>
      {editable && (
        <details class="details" open={p.form?.form === 'meeting'}>
          <summary class="details-summary">Ret mødets titel, tidspunkt og sted</summary>
          <div class="details-text">
            <Form id="meeting" action={`/moeder/${m.id}`} csrf={p.csrf} novalidate>
              <input type="hidden" name="version" value={String(m.version)} />
              <TextField
                name="title"
                label="Titel"
                required
                values={editForm.errors ? editForm.values : p.editValues}
                errors={editForm.errors}
                width="xl"
              />
              <TextField
                name="date"
                label="Dato"
                type="date"
                values={editForm.errors ? editForm.values : p.editValues}
                errors={editForm.errors}
                width="s"
              />
              <TextField
                name="startTime"
                label="Starttidspunkt"
                type="time"
                values={editForm.errors ? editForm.values : p.editValues}
                errors={editForm.errors}
                width="xs"
              />
              <TextField
                name="endTime"
                label="Sluttidspunkt"
                type="time"
                values={editForm.errors ? editForm.values : p.editValues}
                errors={editForm.errors}
                width="xs"
              />
              <TextField
                name="place"
                label="Mødested"
                values={editForm.errors ? editForm.values : p.editValues}
                errors={editForm.errors}
                width="xl"
              />
              <button class="button button-secondary" type="submit">
                Gem oplysninger
              </button>
            </Form>
          </div>
        </details>
      )}
      <Participants p={p} />
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Dagsorden</h2>
        {m.tree.length === 0 ? (
          <p>
            {m.importedFrom
              ? 'Importen fandt ingen punkter i referatet.'
              : editable
                ? 'Dagsordenen er tom. Tilføj et punkt herunder.'
                : 'Dagsordenen er tom.'}
          </p>
        ) : (
          <ol class="sd-agenda">
            {m.tree.map((i) => (
              <Item item={i} p={p} />
            ))}
          </ol>
        )}
        {editable && p.proposals.length > 0 && (
          <form method="post" action={`/moeder/${m.id}/forslag`} class="sd-proposals">
            <CsrfField token={p.csrf} />
            <fieldset>
              <legend class="h4">Foreslåede punkter</legend>
              <p class="form-hint">
                Systemet foreslår punkter ud fra tidligere møder og afdelingernes nøgletal. De sættes først på dagsordenen.
              </p>
              {p.proposals.map((x) => (
                <div class="form-group-checkbox">
                  <input class="form-checkbox" type="checkbox" name="sources" value={x.source} id={`proposal-${x.source}`} checked />
                  <label for={`proposal-${x.source}`}>
                    <strong>{x.title}</strong>
                  </label>
                  <PlainText text={x.text} />
                </div>
              ))}
            </fieldset>
            <button class="button button-secondary" type="submit">
              Sæt de valgte punkter på dagsordenen
            </button>
          </form>
        )}
        {editable && (
          <details class="details" open={p.form?.form === 'item'}>
            <summary class="details-summary">Tilføj punkt</summary>
            <div class="details-text">
              <Form id="item" action={`/moeder/${m.id}/punkter`} csrf={p.csrf} novalidate>
                <TextField name="itemTitle" label="Punktets titel" required values={itemForm.values} errors={itemForm.errors} width="xl" />
                <SelectField
                  name="parentId"
                  label="Underpunkt til"
                  hint="Tom: et nyt hovedpunkt sidst på dagsordenen."
                  values={itemForm.values}
                  errors={itemForm.errors}
                  options={topLevel}
                  placeholder="Intet – nyt hovedpunkt"
                />
                <SelectField
                  name="theme"
                  label="Tema"
                  values={itemForm.values}
                  errors={itemForm.errors}
                  options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
                  placeholder="Intet tema"
                />
                <button class="button button-secondary" type="submit">
                  Tilføj punkt
                </button>
              </Form>
            </div>
          </details>
        )}
      </section>
      {p.openActions.length > 0 && (
        <section aria-labelledby="open-actions-heading">
          <h2 id="open-actions-heading">Åbne opfølgningspunkter fra tidligere møder</h2>
          <ul class="sd-action-items">
            {p.openActions.map((a) => (
              <li>
                {a.text}
                {a.responsible && ` – ${a.responsible}`}
                {a.due && ` (frist ${formatDate(a.due)})`}{' '}
                <span class="sd-muted">
                  fra <a href={`/moeder/${a.meetingId}`}>{a.meetingTitle}</a>
                  {a.meetingStartsAt && `, ${formatDate(a.meetingStartsAt)}`}
                </span>
                {m.canManage && (
                  <ActionButton
                    action={`/moeder/${m.id}/opfoelgning/${a.id}`}
                    csrf={p.csrf}
                    hidden={{ done: '1' }}
                    label="Markér som udført"
                    secondary
                    small
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {editable && (
        <section aria-labelledby="convene-heading">
          <h2 id="convene-heading">Indkaldelse</h2>
          <p>
            Deltagerne med e-mailadresse får dagsordenen som PDF og en kalenderinvitation.
            {m.convenedAt && ` Sidst indkaldt ${formatDateTime(m.convenedAt)}.`}
          </p>
          <ActionButton
            action={`/moeder/${m.id}/indkald`}
            csrf={p.csrf}
            label={m.convenedAt ? 'Send indkaldelsen igen' : 'Indkald til mødet'}
          />
        </section>
      )}
      <Minutes p={p} />
      <MeetingHistory meetingId={m.id} history={p.history} />
    </>
  );
}
