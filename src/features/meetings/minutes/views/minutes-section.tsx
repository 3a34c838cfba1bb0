import { Alert, DescriptionList, SelectField, TextArea } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatDateTime } from '../../../../ui/format.ts';
import { MINUTES_STATUS_LABELS, SIDE_LABELS } from '../../labels.ts';
import { flatten } from '../../agenda/numbering.ts';
import { ActionButton } from '../../views/parts.tsx';
import { PlainText } from '../../../../ui/plain-text.tsx';

import { formOf, type MeetingPageProps as Props } from '../../views/page-props.ts';

export function Minutes({ p }: { p: Props }) {
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
        <Form id="comment" action={`/moeder/${m.id}/referat/kommentar`} csrf={p.csrf} novalidate>
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
        </Form>
      )}
    </section>
  );
}
