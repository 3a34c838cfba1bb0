import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { Alert, ErrorSummary, TextArea } from '../../../ui/components.tsx';
import { Form, useFieldIds } from '../../../ui/form.tsx';
import { formatDate, formatInteger, formatNumber } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { countNoun } from '../../../lib/plural.ts';
import { HOME_KIND_LABELS } from '../../registry/index.ts';
import type { Mismatch, QualityField, QualityResolution } from './compare.ts';
import type { EstateQuality, organisationDataQuality } from './service.ts';

type Quality = Awaited<ReturnType<typeof organisationDataQuality>>;

/** A refused resolution comes back into the form it was sent from. */
export interface SentForm {
  form: string;
  values: FormValues;
  errors: FieldErrors;
}

const FIELD_LABELS: Record<QualityField, string> = { homes: 'Antal boliger', area_m2: 'Areal' };
const RESOLUTION_LABELS: Record<QualityResolution, string> = {
  registry: 'Registrets værdi er rigtig',
  source: 'Kildens værdi er overtaget',
  explained: 'Forskellen er forklaret',
};

const withUnit = (field: QualityField, n: number) => (field === 'homes' ? countNoun(n, 'bolig', 'boliger') : `${formatInteger(n)} m²`);

/** The form's id: one per estate, field and source on the page (the source's position among the estate's). */
const formId = (e: EstateQuality, m: Mismatch) =>
  `afklar-${e.estateId}-${m.field === 'homes' ? 'boliger' : 'areal'}-${e.sources.findIndex((s) => s.source === m.source)}`;

export function DataQualityPage({ q, csrf, sent, formError }: { q: Quality; csrf: string; sent?: SentForm; formError?: string }) {
  const open = q.estates.flatMap((e) => e.mismatches.filter((m) => !m.resolution).map((m) => ({ e, m })));
  const resolved = q.estates.flatMap((e) => e.mismatches.filter((m) => m.resolution).map((m) => ({ e, m })));
  const estatesWithOpen = q.estates.filter((e) => e.mismatches.some((m) => !m.resolution));
  return (
    <>
      <h1>Datakvalitet</h1>
      <p>
        Antal boliger og areal for afdelingerne i registret sammenholdt med de importerede kilder
        {q.sources.length > 0 ? ` (${q.sources.join(', ')})` : ''}. {q.comparedCount} af{' '}
        {countNoun(q.estateCount, 'aktiv afdeling', 'aktive afdelinger')} har tal fra mindst én kilde.
      </p>
      {q.canResolve ? (
        <p>
          Afklar hver forskel: behold registrets værdi, overtag kildens, eller forklar forskellen. En afklaring gælder de to tal, den blev
          givet for; kommer der andre tal med en ny import, skal forskellen afklares igen.
        </p>
      ) : (
        <p>Boligorganisationen, dens administrationsorganisation og tilsynskommunen afklarer forskellene.</p>
      )}
      {formError && (
        <Alert kind="error" heading="Afklaringen er ikke gemt">
          <p>{formError}</p>
        </Alert>
      )}
      <h2>Forskelle, der skal afklares</h2>
      {open.length === 0 ? (
        <p>{q.comparedCount === 0 ? 'Der er endnu ingen tal fra en kilde at sammenligne med.' : 'Der er ingen forskelle at afklare.'}</p>
      ) : (
        <p>
          {countNoun(open.length, 'forskel', 'forskelle')} i {countNoun(estatesWithOpen.length, 'afdeling', 'afdelinger')}.
        </p>
      )}
      {estatesWithOpen.map((e) => (
        <section aria-labelledby={`afdeling-${e.estateId}`}>
          <h3 id={`afdeling-${e.estateId}`}>
            <a href={`/afdelinger/${e.estateId}`}>
              Afdeling {e.number} {e.name}
            </a>
          </h3>
          <FiguresTable e={e} />
          {q.canResolve &&
            e.mismatches
              .filter((m) => !m.resolution)
              .map((m) => {
                const id = formId(e, m);
                return (
                  <ResolveForm
                    e={e}
                    m={m}
                    id={id}
                    csrf={csrf}
                    action={`/boligorganisationer/${q.organisation.id}/datakvalitet`}
                    sent={sent?.form === id ? sent : undefined}
                  />
                );
              })}
        </section>
      ))}
      {resolved.length > 0 && (
        <>
          <h2 id="afklarede">Afklarede forskelle</h2>
          <ScrollTable labelledBy="afklarede">
            <table class="table table--zebra">
              <caption class="sr-only">Afklarede forskelle mellem registret og kilderne</caption>
              <thead>
                <tr>
                  <th scope="col">Afdeling</th>
                  <th scope="col">Tal</th>
                  <th scope="col">Kilde</th>
                  <th scope="col" class="sd-number">
                    Registret
                  </th>
                  <th scope="col" class="sd-number">
                    Kilden
                  </th>
                  <th scope="col">Afklaring</th>
                  <th scope="col">Afklaret</th>
                </tr>
              </thead>
              <tbody>
                {resolved.map(({ e, m }) => (
                  <tr>
                    <td>
                      <a href={`/afdelinger/${e.estateId}`}>
                        {e.number} {e.name}
                      </a>
                    </td>
                    <td>{FIELD_LABELS[m.field]}</td>
                    <td>
                      {m.source} ({m.year})
                    </td>
                    <td class="sd-number">{withUnit(m.field, m.registryValue)}</td>
                    <td class="sd-number">{withUnit(m.field, m.sourceValue)}</td>
                    <td>
                      {RESOLUTION_LABELS[m.resolution!.resolution]}
                      {m.resolution!.note && <span class="d-block">{m.resolution!.note}</span>}
                    </td>
                    <td>
                      {formatDate(m.resolution!.resolvedAt)}
                      {m.resolution!.resolvedByName && <span class="d-block sd-muted">{m.resolution!.resolvedByName}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </>
  );
}

/** The registry's figures and each source's, the differences in words beside the numbers (not by colour). */
function FiguresTable({ e }: { e: EstateQuality }) {
  const cell = (field: QualityField, source: string, value: number | null) => {
    const m = e.mismatches.find((x) => x.field === field && x.source === source);
    if (value === null) return <td class="sd-number sd-muted">ikke oplyst</td>;
    return (
      <td class="sd-number">
        {m ? <strong>{formatInteger(value)}</strong> : formatInteger(value)}
        {m && (
          <span class="d-block">
            {m.resolution ? 'Afklaret' : 'Afviger'}: {formatNumber(m.difference, 0, { signed: true })}
          </span>
        )}
      </td>
    );
  };
  return (
    <ScrollTable label={`Tal for afdeling ${e.number}`}>
      <table class="table">
        <caption>
          Registret og kilderne for afdeling {e.number} {e.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Opgjort af</th>
            <th scope="col">År</th>
            <th scope="col" class="sd-number">
              Antal boliger
            </th>
            <th scope="col" class="sd-number">
              Areal (m²)
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Registret</th>
            <td>–</td>
            <td class="sd-number">{formatInteger(e.homes)}</td>
            <td class="sd-number">{formatInteger(e.areaM2)}</td>
          </tr>
          {e.sources.map((s) => (
            <tr>
              <th scope="row">{s.source}</th>
              <td>{s.year}</td>
              {cell('homes', s.source, s.homes)}
              {cell('area_m2', s.source, s.areaM2)}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function ResolveForm({
  e,
  m,
  id,
  csrf,
  action,
  sent,
}: {
  e: EstateQuality;
  m: Mismatch;
  id: string;
  csrf: string;
  action: string;
  sent?: SentForm;
}) {
  const what = m.field === 'homes' ? 'antal boliger' : 'areal';
  const kind = HOME_KIND_LABELS[e.mainHomeKind];
  const takeOver =
    m.field === 'homes'
      ? `Registret får ${withUnit('homes', m.sourceValue)}. Forskellen på ${formatNumber(m.difference, 0, { signed: true })} lægges på afdelingens ${kind} (den største boligtype); er fordelingen en anden, så ret afdelingen i stedet.`
      : `Registret får ${withUnit('area_m2', m.sourceValue)}.`;
  return (
    <details class="details" open={sent ? true : undefined}>
      <summary class="details-summary">
        <span class="details-summary-text">
          Afklar {what}: {m.source} {withUnit(m.field, m.sourceValue)}, registret {withUnit(m.field, m.registryValue)}
        </span>
      </summary>
      <div class="details-text">
        <ErrorSummary errors={sent?.errors} form={id} />
        <Form id={id} action={action} csrf={csrf} novalidate>
          {Object.entries({
            form: id,
            estateId: String(e.estateId),
            source: m.source,
            field: m.field,
            registryValue: String(m.registryValue),
            sourceValue: String(m.sourceValue),
            version: String(e.version),
          }).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <RadioGroup
            name="resolution"
            legend={`Hvad er rigtigt for ${what} i afdeling ${e.number}?`}
            values={sent?.values}
            errors={sent?.errors}
            options={[
              { value: 'registry', label: 'Registrets værdi er rigtig', hint: `Registret beholder ${withUnit(m.field, m.registryValue)}.` },
              { value: 'source', label: 'Overtag kildens værdi', hint: takeOver },
              { value: 'explained', label: 'Forklar forskellen', hint: 'Begge tal bliver stående; skriv forklaringen herunder.' },
            ]}
          />
          <TextArea
            name="note"
            label="Forklaring"
            hint="Skal udfyldes, når du forklarer forskellen; ellers valgfri."
            required
            rows={3}
            values={sent?.values}
            errors={sent?.errors}
          />
          <button type="submit" class="button button-primary">
            Gem afklaring
          </button>
        </Form>
      </div>
    </details>
  );
}

/** Radio buttons as a fieldset; the first button carries the field's id, so the error summary's link lands on it. */
function RadioGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const ids = useFieldIds(props.name);
  const error = props.errors?.[props.name];
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={error ? ids.error : undefined}>
        <legend class="form-label">{props.legend}</legend>
        {error && (
          <span class="form-error-message" id={ids.error}>
            <span class="sr-only">Fejl: </span>
            {error}
          </span>
        )}
        {props.options.map((o, i) => {
          const id = i === 0 ? ids.input : `${ids.input}-${o.value}`;
          return (
            <div class="form-group-radio">
              <input
                class="form-radio"
                type="radio"
                name={props.name}
                value={o.value}
                id={id}
                checked={props.values?.[props.name] === o.value}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
              />
              <label for={id}>{o.label}</label>
              {o.hint && (
                <span class="form-hint" id={`${id}-hint`}>
                  {o.hint}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
