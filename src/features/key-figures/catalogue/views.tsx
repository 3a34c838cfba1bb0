import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import { Form } from '../../../ui/form.tsx';
import { ScrollTable } from '../../../ui/table.tsx';
import { DIRECTION_LABELS, LEVEL_LABELS } from '../history.ts';
import { DIRECTIONS, INDICATOR_LEVELS } from '../tables.ts';
import type { Indicator } from './service.ts';

const LEVEL_PLURAL = { estate: 'Afdelinger', organisation: 'Boligorganisationer' } as const;
const levelOptions = INDICATOR_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }));
const directionOptions = DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));

/** The catalogue as everyone logged in reads it: what each key figure means, by level. */
export function CataloguePage({ rows, canEdit, canImport }: { rows: Indicator[]; canEdit: boolean; canImport: boolean }) {
  return (
    <>
      <h1>Nøgletal</h1>
      <p>
        Nøgletallene, som afdelinger og boligorganisationer følges på i styringsdialogen: hvad de betyder, deres enhed, og om et højt eller
        lavt tal er godt. Koden er kolonnens navn, når tallene importeres.
      </p>
      {canEdit && (
        <p>
          <a href="/admin/noegletal">Redigér nøgletallene</a>
        </p>
      )}
      {canImport && (
        <p>
          <a href="/noegletal/import">Importér nøgletal fra en fil</a>
        </p>
      )}
      {INDICATOR_LEVELS.map((level) => {
        const ofLevel = rows.filter((r) => r.level === level);
        if (ofLevel.length === 0) return null;
        return (
          <>
            <h2 id={`niveau-${level}`}>{LEVEL_PLURAL[level]}</h2>
            <ScrollTable labelledBy={`niveau-${level}`}>
              <table class="table table--zebra">
                <caption class="sr-only">Nøgletal for {LEVEL_PLURAL[level].toLowerCase()}</caption>
                <thead>
                  <tr>
                    <th scope="col">Nøgletal</th>
                    <th scope="col">Beskrivelse</th>
                    <th scope="col">Enhed</th>
                    <th scope="col">Retning</th>
                    <th scope="col">Kode</th>
                  </tr>
                </thead>
                <tbody>
                  {ofLevel.map((r) => (
                    <tr>
                      <th scope="row">{r.name}</th>
                      <td>{r.description || '–'}</td>
                      <td>{r.unit || '–'}</td>
                      <td>{DIRECTION_LABELS[r.direction]}</td>
                      <td>
                        <code>{r.code}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        );
      })}
    </>
  );
}

/** The admin's list: every indicator, active or not, with its settings and actions. */
export function AdminCataloguePage({ rows, csrf }: { rows: Indicator[]; csrf: string }) {
  return (
    <>
      <h1>Nøgletal</h1>
      <p>
        Katalogets nøgletal i den rækkefølge, de vises; vælg et nøgletal for at redigere det. Et nøgletal slettes aldrig, for dets kode er
        en kolonne i importerede tal; det deaktiveres og kan genaktiveres. Beskrivelserne står i <a href="/noegletal/katalog">kataloget</a>,
        som alle brugere kan læse.
      </p>
      <p>
        <a class="button button-primary" href="/admin/noegletal/ny">
          Opret nøgletal
        </a>
      </p>
      <ScrollTable label="Nøgletal">
        <table class="table table--zebra table--compact">
          <caption class="sr-only">Nøgletal i kataloget</caption>
          <thead>
            <tr>
              <th scope="col" class="sd-number">
                Rækkefølge
              </th>
              <th scope="col">Nøgletal</th>
              <th scope="col">Kode</th>
              <th scope="col">Enhed</th>
              <th scope="col">Niveau</th>
              <th scope="col">Retning</th>
              <th scope="col" class="sd-number">
                Decimaler
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td class="sd-number">{r.sortOrder}</td>
                <th scope="row">
                  <a href={`/admin/noegletal/${r.code}/rediger`}>
                    {r.name}
                    <span class="sr-only"> (redigér)</span>
                  </a>
                </th>
                <td>
                  <code>{r.code}</code>
                </td>
                <td>{r.unit || '–'}</td>
                <td>{LEVEL_LABELS[r.level]}</td>
                <td>{DIRECTION_LABELS[r.direction]}</td>
                <td class="sd-number">{r.decimals}</td>
                <td>
                  <span class="d-block">{r.active ? 'Aktivt' : <span class="sd-status-inactive">Deaktiveret</span>}</span>
                  {r.active ? (
                    <ConfirmLink href={`/admin/noegletal/${r.code}/deaktiver`} label="Deaktivér" hiddenLabel={r.name} small />
                  ) : (
                    <UndoButton
                      action={`/admin/noegletal/${r.code}/genaktiver`}
                      csrf={csrf}
                      label="Genaktivér"
                      hiddenLabel={r.name}
                      fields={{ version: String(r.version) }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

/** The form for a new indicator (with its code) or an existing one (code shown, not editable). */
export function IndicatorForm(props: {
  csrf: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  /** An existing indicator's code and version; absent for a new one. */
  existing?: { code: string; version: number };
}) {
  const { values, errors, existing } = props;
  return (
    <>
      <ErrorSummary errors={errors} form="indicator" />
      <Form id="indicator" action={props.action} csrf={props.csrf} novalidate>
        {existing ? (
          <>
            <input type="hidden" name="version" value={String(existing.version)} />
            <p>
              Kode: <code>{existing.code}</code>
              <span class="sd-muted"> (kolonnens navn i importen; kan ikke ændres)</span>
            </p>
          </>
        ) : (
          <TextField
            name="code"
            label="Kode"
            required
            width="m"
            hint="Kolonnens navn i importfilen: små bogstaver a–z, tal og _, fx henlaeggelser. Koden kan ikke ændres bagefter."
            values={values}
            errors={errors}
          />
        )}
        <TextField name="name" label="Navn" required width="xl" values={values} errors={errors} />
        <TextArea name="description" label="Beskrivelse" rows={4} values={values} errors={errors} />
        <TextField name="unit" label="Enhed" width="m" hint="Fx kr./m²/år, %, dage." values={values} errors={errors} />
        <SelectField name="level" label="Niveau" required options={levelOptions} values={values} errors={errors} />
        <SelectField
          name="direction"
          label="Retning"
          required
          hint="Hvilken ende af skalaen der er god; den afgør, hvornår trafiklyset bliver gult og rødt."
          options={directionOptions}
          values={values}
          errors={errors}
        />
        <TextField name="decimals" label="Decimaler" required width="xs" inputmode="numeric" hint="0–4." values={values} errors={errors} />
        <TextField
          name="sortOrder"
          label="Rækkefølge"
          width="s"
          inputmode="numeric"
          hint={existing ? 'Lavere tal vises først.' : 'Lavere tal vises først. Tomt: nøgletallet kommer sidst.'}
          values={values}
          errors={errors}
        />
        {/* Where the error summary's link for a message about the whole form (a conflict) lands. */}
        <div class="sd-actions" id="indicator-_form">
          <button type="submit" class="button button-primary">
            Gem
          </button>
          <a href="/admin/noegletal">Annullér</a>
        </div>
      </Form>
    </>
  );
}

export function indicatorValues(i: Indicator): FormValues {
  return {
    name: i.name,
    description: i.description,
    unit: i.unit,
    level: i.level,
    direction: i.direction,
    decimals: String(i.decimals),
    sortOrder: String(i.sortOrder),
  };
}
