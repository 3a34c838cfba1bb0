import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { Alert, CheckboxField, ErrorSummary, FileField, SelectField, TextArea, TextField } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatDate, formatDateTime, formatFileSize } from '../../../../ui/format.ts';
import { ALLOWED_TYPES_TEXT } from '../../../../lib/file-store/index.ts';
import { ConfirmLink } from '../../../../ui/confirm.tsx';
import { SECTION_KEYS, SECTION_LABELS, SIDE_LABELS, THEME_LABELS } from '../../labels.ts';
import type { MeetingItemView, MeetingView } from '../../load.ts';
import { THEMES } from '../../tables.ts';
import { ActionButton, meetingTime } from '../../views/parts.tsx';
import { PlainText } from '../../../../ui/plain-text.tsx';
import { DecisionsSection } from '../../minutes/views/decisions-section.tsx';
import type { DecisionAgreementLink } from '../../contributions.ts';

type AnyItem = MeetingItemView | MeetingItemView['children'][number];
export type ItemForm = { form: 'item' | 'decision' | 'action' | 'files'; values: FormValues; errors: FieldErrors };

/** The item's stored values as form values, for a form opened fresh. */
export function itemValues(item: AnyItem): FormValues {
  const v: FormValues = {
    title: item.title,
    theme: item.theme ?? '',
    text: item.text,
    notes: item.notes,
    closed: item.closed ? 'on' : '',
    caseNumber: item.caseNumber ?? '',
    decidingBody: item.decidingBody ?? '',
    absent: item.absent.join(', '),
    version: String(item.version),
  };
  for (const k of SECTION_KEYS) v[`section_${k}`] = item.sections[k] ?? '';
  return v;
}

export function ItemPage({
  m,
  item,
  csrf,
  form,
  agreements,
}: {
  m: MeetingView;
  item: AnyItem;
  csrf: string;
  form?: ItemForm;
  agreements?: Map<number, DecisionAgreementLink>;
}) {
  const base = `/moeder/${m.id}/punkter/${item.id}`;
  const editable = m.canManage && !m.locked;
  const f = form?.form === 'item' ? form : { values: itemValues(item), errors: undefined };
  const d = form?.form === 'decision' ? form : { values: {}, errors: undefined };
  const a = form?.form === 'action' ? form : { values: {}, errors: undefined };
  const formal = SECTION_KEYS.some((k) => item.sections[k]) || item.caseNumber || item.decidingBody;
  return (
    <>
      <h1>
        <span class="sd-item-number">{item.number}.</span> {item.title}
      </h1>
      <p class="font-lead">
        {m.title}
        {m.startsAt && `, ${meetingTime(m.startsAt)}`}
        {item.closed && ' · Lukket punkt'}
        {item.theme && ` · ${THEME_LABELS[item.theme]}`}
      </p>
      <ErrorSummary errors={form?.errors} form={form?.form} />
      {m.locked && (
        <Alert kind="info" heading="Referatet er godkendt og låst">
          Punktet kan kun ændres i en ny version af referatet.
        </Alert>
      )}
      {!editable && (
        <>
          {item.caseNumber && <p>Sagsnr. {item.caseNumber}</p>}
          {item.decidingBody && <p>Sagen afgøres i: {item.decidingBody}</p>}
          {SECTION_KEYS.filter((k) => item.sections[k]).map((k) => (
            <>
              <h2 class="h4">{SECTION_LABELS[k]}</h2>
              <PlainText text={item.sections[k]!} />
            </>
          ))}
          <PlainText text={item.text} />
          {item.notes && (
            <>
              <h2 class="h4">Referat</h2>
              <PlainText text={item.notes} />
            </>
          )}
          {item.absent.length > 0 && <p>Fraværende: {item.absent.join(', ')}</p>}
        </>
      )}
      {editable && (
        <Form id="item" action={base} csrf={csrf} novalidate>
          <input type="hidden" name="version" value={f.values.version ?? String(item.version)} />
          <TextField name="title" label="Titel" required values={f.values} errors={f.errors} width="xl" />
          <SelectField
            name="theme"
            label="Tema"
            values={f.values}
            errors={f.errors}
            options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
            placeholder="Intet tema"
          />
          <CheckboxField name="closed" label="Lukket punkt (vises aldrig offentligt)" checked={f.values.closed === 'on'} />
          <TextArea
            name="text"
            label="Sagsfremstilling på dagsordenen"
            hint="Linjer, der begynder med en bindestreg og et mellemrum, bliver punkttegn."
            rows={6}
            values={f.values}
            errors={f.errors}
          />
          <TextArea
            name="notes"
            label="Referat af punktet"
            hint="Hvad blev der orienteret om, drøftet og aftalt."
            rows={8}
            values={f.values}
            errors={f.errors}
          />
          <details class="details" open={Boolean(formal)}>
            <summary class="details-summary">Formelt punkt: sagsnummer, besluttende organ og afsnit</summary>
            <div class="details-text">
              <TextField name="caseNumber" label="Sagsnummer" hint="Fx 20/25312." values={f.values} errors={f.errors} width="s" />
              <TextField
                name="decidingBody"
                label="Sagen afgøres i"
                hint="Fx Byrådet eller Rådet for Almene Boligforhold."
                values={f.values}
                errors={f.errors}
                width="l"
              />
              {SECTION_KEYS.map((k) => (
                <TextArea name={`section_${k}`} label={SECTION_LABELS[k]} rows={3} values={f.values} errors={f.errors} />
              ))}
              <TextField
                name="absent"
                label="Fraværende under punktet"
                hint="Navne adskilt med komma."
                values={f.values}
                errors={f.errors}
                width="xl"
              />
            </div>
          </details>
          <button class="button button-primary" type="submit">
            Gem punktet
          </button>
        </Form>
      )}
      <DecisionsSection
        m={m}
        item={item}
        csrf={csrf}
        editable={editable}
        base={base}
        d={d}
        returned={form?.form === 'decision'}
        agreements={agreements}
      />
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">Opfølgningspunkter</h2>
        <p class="form-hint">Åbne opfølgningspunkter kommer igen på dagsordenen til næste møde, indtil de er udført.</p>
        {item.actions.length === 0 ? (
          <p>Ingen opfølgningspunkter.</p>
        ) : (
          <ul class="sd-action-items">
            {item.actions.map((x) => (
              <li>
                {x.doneAt ? <strong>Udført: </strong> : null}
                {x.text}
                {x.responsible && ` – ${x.responsible}`}
                {x.due && ` (frist ${formatDate(x.due)})`}
                {m.canManage && (
                  <ActionButton
                    action={`/moeder/${m.id}/opfoelgning/${x.id}`}
                    csrf={csrf}
                    hidden={{ done: x.doneAt ? '0' : '1' }}
                    label={x.doneAt ? 'Genåbn' : 'Markér som udført'}
                    secondary
                    small
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {(editable || form?.form === 'action') && (
          <details class="details" open={form?.form === 'action'}>
            <summary class="details-summary">Tilføj opfølgningspunkt</summary>
            <div class="details-text">
              <Form id="action" action={`${base}/opfoelgning`} csrf={csrf} novalidate>
                <TextField name="actionText" label="Hvad skal gøres" required values={a.values} errors={a.errors} width="xl" />
                <TextField
                  name="responsible"
                  label="Ansvarlig"
                  hint="Fx Jette Hansen, tilsynet."
                  values={a.values}
                  errors={a.errors}
                  width="l"
                />
                <TextField name="due" label="Frist" type="date" values={a.values} errors={a.errors} width="s" />
                <button class="button button-secondary" type="submit">
                  Tilføj opfølgningspunkt
                </button>
              </Form>
            </div>
          </details>
        )}
      </section>
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">Bilag</h2>
        {item.files.length === 0 ? (
          <p>Ingen bilag.</p>
        ) : (
          <ul class="sd-files">
            {item.files.map((f) => (
              <li>
                <a href={`/moeder/${m.id}/bilag/${f.id}`}>{f.fileName}</a> <span class="sd-muted">({formatFileSize(f.size)})</span>
                {editable && <ConfirmLink href={`/moeder/${m.id}/bilag/${f.id}/fjern`} label="Fjern" hiddenLabel={f.fileName} small />}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <Form id="files" action={`${base}/bilag`} csrf={csrf} enctype="multipart/form-data">
            <FileField
              name="files"
              label="Læg bilag op"
              hint={`${ALLOWED_TYPES_TEXT}.`}
              multiple
              errors={form?.form === 'files' ? form.errors : undefined}
            />
            <button type="submit" class="button button-secondary">
              Læg op
            </button>
          </Form>
        )}
      </section>
      {item.comments.length > 0 && (
        <section aria-labelledby="item-comments-heading">
          <h2 id="item-comments-heading">Bemærkninger</h2>
          <ul class="sd-comments">
            {item.comments.map((c) => (
              <li>
                <strong>{SIDE_LABELS[c.side]}</strong>, {c.authorLabel}, {formatDateTime(c.createdAt)}: <PlainText text={c.text} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {editable && (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading" class="h4">
            Slet punktet
          </h2>
          <p>Sletter punktet med dets underpunkter, beslutninger og opfølgningspunkter.</p>
          <ConfirmLink href={`${base}/slet`} label={`Slet punkt ${item.number}`} />
        </section>
      )}
      <p>
        <a href={`/moeder/${m.id}#punkt-${item.id}`}>Tilbage til mødet</a>
      </p>
    </>
  );
}
