import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, TextField } from '../../../ui/components.tsx';
import { formatDate, formatFiscalYearEnd } from '../../../ui/format.ts';
import { DEADLINE_KINDS, DEADLINE_LABELS, OFFSET_KINDS, type Deadline } from '../deadlines.ts';
import { ScrollTable } from '../../../ui/table.tsx';

export interface SettingsPageProps {
  municipality: { code: string; name: string };
  year: number;
  values: FormValues;
  errors?: FieldErrors;
  version: number;
  canEdit: boolean;
  csrf: string;
  /** The deadlines the saved settings give, per fiscal year end in use. */
  preview: { month: number; deadlines: Deadline[] }[];
}

/** A fieldset per deadline: offset from the fiscal year's end, or one date for everyone. */
function KindFields({
  kind,
  values,
  errors,
  disabled,
}: {
  kind: (typeof OFFSET_KINDS)[number];
  values: FormValues;
  errors?: FieldErrors;
  disabled: boolean;
}) {
  return (
    <fieldset class="sd-fieldset" disabled={disabled}>
      <legend class="h4">{DEADLINE_LABELS[kind]}</legend>
      <div class="sd-inline-fields">
        <TextField
          name={`months_${kind}`}
          label="Måneder efter regnskabsårets afslutning"
          required
          inputmode="numeric"
          width="xs"
          values={values}
          errors={errors}
        />
        <TextField
          name={`day_${kind}`}
          label="Dag i måneden"
          required
          width="xs"
          values={values}
          errors={errors}
          hint="1–31 eller „sidste“"
        />
        <TextField
          name={`common_${kind}`}
          label="Fælles dato for alle"
          width="s"
          values={values}
          errors={errors}
          hint="dag-måned, fx 15-10; erstatter beregningen"
        />
      </div>
    </fieldset>
  );
}

export function SettingsPage(p: SettingsPageProps) {
  const disabled = !p.canEdit;
  return (
    <div class="no-max-width">
      <h1>Årshjul og frister – {p.municipality.name}</h1>
      <p class="font-lead">
        Fristerne regnes fra hver boligorganisations regnskabsår, som vejledningen foreskriver, med de forskydninger kommunen vælger – eller
        som én fælles dato for alle.
      </p>
      <ErrorSummary errors={p.errors} />
      <div class="sd-columns">
        <form method="post" action={`/kommuner/${p.municipality.code}/aarshjul/indstillinger`} novalidate>
          <CsrfField token={p.csrf} />
          <input type="hidden" name="version" value={String(p.version)} />
          {OFFSET_KINDS.map((k) => (
            <KindFields kind={k} values={p.values} errors={p.errors} disabled={disabled} />
          ))}
          <fieldset class="sd-fieldset" disabled={disabled}>
            <legend class="h4">{DEADLINE_LABELS.faellesmoede}</legend>
            <TextField
              name="common_faellesmoede"
              label="Dato"
              required
              width="s"
              values={p.values}
              errors={p.errors}
              hint="dag-måned, fx 31-05; samme dato for alle boligorganisationer"
            />
          </fieldset>
          <fieldset class="sd-fieldset" disabled={disabled}>
            <legend class="h4">Påmindelser</legend>
            <TextField
              name="reminderDaysBefore"
              label="Påmindelse antal dage før en frist"
              required
              inputmode="numeric"
              width="xs"
              values={p.values}
              errors={p.errors}
              hint="Begge parter får en e-mail så mange dage før, og igen når fristen er overskredet. 0 = kun ved overskridelse."
            />
          </fieldset>
          {p.canEdit && (
            <button type="submit" class="button button-primary">
              Gem årshjul
            </button>
          )}
        </form>
        <section aria-labelledby="h-preview">
          <h2 id="h-preview">Fristerne i {p.year}</h2>
          <p>Sådan ligger de gemte frister for styringsdialogen {p.year} for hvert regnskabsår, kommunens boligorganisationer bruger.</p>
          {p.preview.map(({ month, deadlines }) => (
            <ScrollTable label={`Regnskabsår, der slutter ${formatFiscalYearEnd(month)}`}>
              <table class="table table--zebra table--compact">
                <caption>Regnskabsår, der slutter {formatFiscalYearEnd(month)}</caption>
                <thead>
                  <tr>
                    <th scope="col">Frist</th>
                    <th scope="col">Dato</th>
                  </tr>
                </thead>
                <tbody>
                  {DEADLINE_KINDS.map((k) => {
                    const d = deadlines.find((x) => x.kind === k)!;
                    return (
                      <tr>
                        <td>
                          {DEADLINE_LABELS[k]}
                          {d.source === 'common' && <span class="sd-muted"> (fælles dato)</span>}
                        </td>
                        <td>{formatDate(d.date)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollTable>
          ))}
        </section>
      </div>
    </div>
  );
}
