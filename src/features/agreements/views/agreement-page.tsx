import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { DescriptionList, ErrorSummary, SelectField, TextArea, TextField } from '../../../ui/components.tsx';
import { Form } from '../../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { formatIndicatorValue } from '../../key-figures/index.ts';
import { THEME_LABELS } from '../../meetings/index.ts';
import type { AgreementView } from '../service.ts';
import { AGREEMENT_STATUSES } from '../tables.ts';
import { TARGET_STATE_LABELS } from '../target.ts';
import { COMPARATOR_SIGNS, SIDE_LABELS, STATUS_LABELS } from '../words.ts';

/* One agreement: what was agreed, by whom and when, its target judged by the figures, its status history and yearly follow-ups. */

export type PageForm = { form: 'status' | 'followup'; values: FormValues; errors: FieldErrors };

function TargetSection({ a }: { a: AgreementView }) {
  if (!a.target || a.targetComparator === null || a.targetValue === null) return null;
  const { indicator, verdict } = a.target;
  const where = a.targetEstate ? `${a.targetEstate.number} ${a.targetEstate.name}` : a.organisationName;
  const caption = `${indicator.name} for ${where}`;
  return (
    <section aria-labelledby="target-heading">
      <h2 id="target-heading">Mål i nøgletallene</h2>
      <p>
        {indicator.name} for {where} {COMPARATOR_SIGNS[a.targetComparator]} {formatIndicatorValue(indicator, a.targetValue)} i{' '}
        {a.targetYear}: <strong class="sd-target-state">{TARGET_STATE_LABELS[verdict.state]}</strong>
      </p>
      {verdict.evidence.length > 0 && (
        <ScrollTable label={caption}>
          <table class="table table--zebra">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">År</th>
                <th scope="col" class="text-align-right">
                  Værdi
                </th>
              </tr>
            </thead>
            <tbody>
              {verdict.evidence.map((f) => (
                <tr>
                  <td>{f.year}</td>
                  <td class="text-align-right">{formatIndicatorValue(indicator, f.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function StatusHistory({ a }: { a: AgreementView }) {
  return (
    <ScrollTable label="Statushistorik">
      <table class="table table--zebra">
        <caption>Statushistorik</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Fra</th>
            <th scope="col">Til</th>
            <th scope="col">Hvem</th>
            <th scope="col">Bemærkning</th>
          </tr>
        </thead>
        <tbody>
          {a.events.map((e) => (
            <tr>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.fromStatus ? STATUS_LABELS[e.fromStatus] : 'Oprettet'}</td>
              <td>{STATUS_LABELS[e.toStatus]}</td>
              <td>{e.actorLabel}</td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function AgreementPage({
  a,
  csrf,
  form,
  origin,
  history,
}: {
  a: AgreementView;
  csrf: string;
  form?: PageForm;
  origin: { href: string } | null;
  history: Child;
}) {
  const s = form?.form === 'status' ? form : { values: { status: '', note: '' }, errors: undefined };
  const f = form?.form === 'followup' ? form : { values: { year: String(a.governanceYear + 1), note: '' }, errors: undefined };
  const base = `/aftaler/${a.id}`;
  return (
    <>
      <h1>Aftale i styringsdialogen {a.governanceYear}</h1>
      <p class="font-lead">{a.text}</p>
      <ErrorSummary errors={form?.errors} form={form?.form} />
      <DescriptionList
        items={[
          ['Status', <strong>{STATUS_LABELS[a.status]}</strong>],
          [
            'Boligorganisation',
            <a href={`/boligorganisationer/${a.organisationId}/styringsdialog/${a.governanceYear}/aftaler`}>{a.organisationName}</a>,
          ],
          ['Tema', THEME_LABELS[a.theme]],
          ['Afdelinger', a.estates.length ? a.estates.map((e) => `${e.number} ${e.name}`).join(', ') : 'Hele boligorganisationen'],
          ['Ansvarlig', `${SIDE_LABELS[a.responsibleSide]}${a.responsiblePerson ? ` – ${a.responsiblePerson}` : ''}`],
          ['Frist', a.deadline ? formatDate(a.deadline) : 'Ingen frist'],
          ['Oprindelse', origin ? <a href={origin.href}>Beslutning på mødet</a> : 'Skrevet direkte'],
        ]}
      />
      {a.canManage && (
        <p>
          <a href={`${base}/rediger`}>Ret aftalen</a>
        </p>
      )}
      <TargetSection a={a} />
      <h2>Status</h2>
      <StatusHistory a={a} />
      {a.canManage && (
        <Form id="status" action={`${base}/status`} csrf={csrf} novalidate>
          <input type="hidden" name="version" value={String(a.version)} />
          <SelectField
            name="status"
            label="Ny status"
            required
            values={s.values}
            errors={s.errors}
            placeholder="Vælg status"
            options={AGREEMENT_STATUSES.filter((x) => x !== a.status).map((x) => ({ value: x, label: STATUS_LABELS[x] }))}
          />
          <TextArea name="note" label="Bemærkning" rows={2} values={s.values} errors={s.errors} />
          <button class="button button-secondary" type="submit">
            Skift status
          </button>
        </Form>
      )}
      <h2>Opfølgning</h2>
      {a.followUps.length === 0 ? (
        <p>Ingen opfølgning endnu.</p>
      ) : (
        <DescriptionList
          items={a.followUps.map((x) => [
            String(x.year),
            <>
              {x.note} <span class="sd-muted">({x.actorLabel})</span>
            </>,
          ])}
        />
      )}
      {a.canFollowUp && (
        <Form id="followup" action={`${base}/opfoelgning`} csrf={csrf} novalidate>
          <TextField
            name="year"
            label="År"
            required
            inputmode="numeric"
            hint="Et år efter aftalens år. Et år med opfølgning skrives om."
            values={f.values}
            errors={f.errors}
            width="xs"
          />
          <TextArea name="note" label="Opfølgning" required rows={3} values={f.values} errors={f.errors} />
          <button class="button button-secondary" type="submit">
            Gem opfølgning
          </button>
        </Form>
      )}
      {history}
    </>
  );
}
