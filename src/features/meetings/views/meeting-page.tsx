import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { Alert, CsrfField, DescriptionList, ErrorSummary, SelectField, TextArea, TextField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import type { openActionsBefore, Proposal } from '../follow-up.ts';
import { KIND_LABELS, MINUTES_STATUS_LABELS, SIDE_LABELS, THEME_LABELS } from '../labels.ts';
import type { MeetingItemView, MeetingView } from '../load.ts';
import { SIDES, THEMES } from '../tables.ts';
import { danishParts } from '../../../lib/copenhagen-time.ts';
import { flatten } from '../numbering.ts';
import { renderVote } from '../votes.ts';
import { ActionButton, meetingTime, PlainText } from './parts.tsx';

export type MeetingForm = { form: string; values: FormValues; errors: FieldErrors };
type OpenAction = Awaited<ReturnType<typeof openActionsBefore>>[number];

interface Props {
  m: MeetingView;
  csrf: string;
  proposals: Proposal[];
  openActions: OpenAction[];
  form?: MeetingForm;
  editValues: FormValues;
}

const FIELDLESS = new Set(['convene', 'minutes', 'proposals', 'participant-change']);
const formOf = (p: Props, name: string) => (p.form?.form === name ? p.form : { values: {}, errors: undefined });

function Item({ item, p, sub }: { item: MeetingItemView | MeetingItemView['children'][number]; p: Props; sub?: boolean }) {
  const base = `/moeder/${p.m.id}/punkter/${item.id}`;
  const editable = p.m.canManage && !p.m.locked;
  const Heading = sub ? 'h4' : 'h3';
  return (
    <li class="sd-agenda-item" id={`punkt-${item.id}`}>
      <Heading class={sub ? 'h5' : 'h4'}>
        <span class="sd-item-number">{item.number}.</span> <a href={base}>{item.title}</a>
        {item.closed && <span class="sd-badge sd-badge-red"> Lukket punkt</span>}
      </Heading>
      {item.theme && <p class="sd-muted">Tema: {THEME_LABELS[item.theme]}</p>}
      {(item.caseNumber || item.decidingBody) && (
        <p class="sd-muted">
          {[item.caseNumber && `Sagsnr. ${item.caseNumber}`, item.decidingBody && `Sagen afgøres i ${item.decidingBody}`]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <PlainText text={item.text} />
      {item.notes && (
        <>
          <p>
            <strong>Referat</strong>
          </p>
          <PlainText text={item.notes} />
        </>
      )}
      {item.decisions.map((d) => (
        <p class="sd-decision">
          <strong>
            Beslutning{d.body ? ` i ${d.body}` : ''}
            {d.decidedOn ? ` den ${formatDate(d.decidedOn)}` : ''}:
          </strong>{' '}
          {d.text} {renderVote(d)}
        </p>
      ))}
      {item.actions.length > 0 && (
        <p>
          <strong>Opfølgning</strong>
        </p>
      )}
      {item.actions.length > 0 && (
        <ul class="sd-action-items">
          {item.actions.map((a) => (
            <li>
              {a.doneAt ? '✓ ' : ''}
              {a.text}
              {a.responsible && ` – ${a.responsible}`}
              {a.due && ` (frist ${formatDate(a.due)})`}
            </li>
          ))}
        </ul>
      )}
      {item.files.length > 0 && (
        <p>
          Bilag:{' '}
          {item.files.map((f, i) => (
            <>
              {i > 0 && ', '}
              <a href={`/moeder/${p.m.id}/bilag/${f.id}`}>{f.fileName}</a>
            </>
          ))}
        </p>
      )}
      {editable && (
        <div class="sd-item-tools">
          <a class="button button-secondary button-small" href={base}>
            Redigér punkt {item.number}
            <span class="sr-only">: {item.title}</span>
          </a>
          <ActionButton action={`${base}/flyt`} csrf={p.csrf} label={`Flyt ${item.number} op`} hidden={{ retning: 'op' }} secondary small />
          <ActionButton
            action={`${base}/flyt`}
            csrf={p.csrf}
            label={`Flyt ${item.number} ned`}
            hidden={{ retning: 'ned' }}
            secondary
            small
          />
        </div>
      )}
      {item.children.length > 0 && (
        <ol class="sd-agenda sd-agenda-sub">
          {item.children.map((c) => (
            <Item item={c} p={p} sub />
          ))}
        </ol>
      )}
    </li>
  );
}

function Participants({ p }: { p: Props }) {
  const { m } = p;
  const editable = m.canManage && !m.locked;
  const f = formOf(p, 'participant');
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Deltagere</h2>
      {m.participants.length === 0 ? (
        <p>Ingen deltagere endnu.</p>
      ) : (
        <div class="sd-table-wrap" tabindex={0} role="region" aria-label="Deltagere">
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
        </div>
      )}
      {editable && (
        <details class="details" open={p.form?.form === 'participant'}>
          <summary class="details-summary">Tilføj deltager</summary>
          <div class="details-text">
            <form method="post" action={`/moeder/${m.id}/deltagere`} novalidate>
              <CsrfField token={p.csrf} />
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
            </form>
          </div>
        </details>
      )}
    </section>
  );
}

function Minutes({ p }: { p: Props }) {
  const { m } = p;
  const f = formOf(p, 'comment');
  const waitingFor = m.organisationId !== null;
  const canApprove =
    m.minutesStatus === 'til_kommentering' &&
    ((m.canManage && !m.municipalityApprovedAt) || (m.canActForOrganisation && !m.organisationApprovedAt));
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Referat – version {m.minutesVersion}</h2>
      <DescriptionList
        items={[
          ['Status', MINUTES_STATUS_LABELS[m.minutesStatus]],
          [
            'Kommunen',
            m.municipalityApprovedAt
              ? `Godkendt ${formatDateTime(m.municipalityApprovedAt)} af ${m.municipalityApprovedBy}`
              : 'Ikke godkendt endnu',
          ],
          ...(waitingFor
            ? [
                [
                  'Boligorganisationen',
                  m.organisationApprovedAt
                    ? `Godkendt ${formatDateTime(m.organisationApprovedAt)} af ${m.organisationApprovedBy}`
                    : 'Ikke godkendt endnu',
                ] as [string, string],
              ]
            : []),
        ]}
      />
      {m.locked && (
        <Alert kind="info" heading="Referatet er godkendt og låst">
          En ændring laves som en ny version; forskellen til den godkendte version vises for begge parter.
        </Alert>
      )}
      <div class="sd-button-row">
        {m.canManage && m.minutesStatus === 'kladde' && (
          <ActionButton
            action={`/moeder/${m.id}/referat/send`}
            csrf={p.csrf}
            hidden={{ version: String(m.version) }}
            label={waitingFor ? 'Send referatet til boligorganisationen til kommentering' : 'Send referatet til godkendelse'}
          />
        )}
        {canApprove && (
          <ActionButton
            action={`/moeder/${m.id}/referat/godkend`}
            csrf={p.csrf}
            hidden={{ version: String(m.version) }}
            label="Godkend referatet"
          />
        )}
        {m.canManage && m.locked && (
          <ActionButton
            action={`/moeder/${m.id}/referat/ny-version`}
            csrf={p.csrf}
            hidden={{ version: String(m.version) }}
            label="Ret referatet (ny version)"
            secondary
          />
        )}
        {m.minutesVersion > 1 && !m.locked && (
          <a class="button button-secondary" href={`/moeder/${m.id}/referat/versioner/${m.minutesVersion}`}>
            Se ændringer i forhold til version {m.minutesVersion - 1}
          </a>
        )}
      </div>
      {m.versions.length > 0 && (
        <>
          <h3 class="h4">Godkendte versioner</h3>
          <ul>
            {m.versions.map((v) => (
              <li>
                <a href={`/moeder/${m.id}/referat/versioner/${v.version}`}>Version {v.version}</a>, godkendt {formatDateTime(v.approvedAt)}{' '}
                af {v.approvedBy}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="h4">Bemærkninger</h3>
      {m.comments.length === 0 ? (
        <p>Ingen bemærkninger til referatet endnu.</p>
      ) : (
        <ul class="sd-comments">
          {m.comments.map((c) => (
            <li>
              <strong>{SIDE_LABELS[c.side]}</strong>, {c.authorLabel}, {formatDateTime(c.createdAt)} (version {c.minutesVersion})
              {c.item && (
                <>
                  , om{' '}
                  <a href={`/moeder/${m.id}/punkter/${c.item.id}`}>
                    punkt {c.item.number}. {c.item.title}
                  </a>
                </>
              )}
              : <PlainText text={c.text} />
            </li>
          ))}
        </ul>
      )}
      {m.canComment && !m.locked && (
        <form method="post" action={`/moeder/${m.id}/referat/kommentar`} novalidate>
          <CsrfField token={p.csrf} />
          <SelectField
            name="commentItemId"
            label="Bemærkningen gælder"
            values={f.values}
            errors={f.errors}
            placeholder="Referatet som helhed"
            options={flatten(m.tree).map((i) => ({ value: String(i.id), label: `Punkt ${i.number}. ${i.title}` }))}
          />
          <TextArea name="comment" label="Skriv en bemærkning til referatet" required rows={3} values={f.values} errors={f.errors} />
          <button class="button button-secondary" type="submit">
            Gem bemærkning
          </button>
        </form>
      )}
    </section>
  );
}

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
        <ErrorSummary errors={errors} />
      )}
      <DescriptionList
        items={[
          ['Tidspunkt', meetingTime(m.startsAt, m.endsAt)],
          ['Sted', m.place ?? 'Ikke fastsat'],
          // An imported meeting was convened outside the system: "not convened" would read as a missed step.
          ...(m.importedFrom && !m.convenedAt
            ? []
            : [['Indkaldt', m.convenedAt ? formatDateTime(m.convenedAt) : 'Ikke indkaldt endnu'] as [string, string]]),
          ['Referat', `${MINUTES_STATUS_LABELS[m.minutesStatus]}, version ${m.minutesVersion}`],
          ...(m.importedFrom ? [['Importeret fra', m.importedFrom] as [string, string]] : []),
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
            <form method="post" action={`/moeder/${m.id}`} novalidate>
              <CsrfField token={p.csrf} />
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
            </form>
          </div>
        </details>
      )}
      <Participants p={p} />
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Dagsorden</h2>
        {m.tree.length === 0 ? (
          <p>Dagsordenen er tom.</p>
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
              <p class="form-hint">Systemet foreslår punkter ud fra tidligere møder. De sættes først på dagsordenen.</p>
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
              <form method="post" action={`/moeder/${m.id}/punkter`} novalidate>
                <CsrfField token={p.csrf} />
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
              </form>
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
    </>
  );
}
