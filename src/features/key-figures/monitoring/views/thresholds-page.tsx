import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { ErrorSummary, TextField } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatInteger } from '../../../../ui/format.ts';
import { ScrollTable } from '../../../../ui/table.tsx';
import { fieldName } from '../schemas.ts';
import { THRESHOLD_FIELDS, THRESHOLD_KEYS, type ThresholdKey, type ThresholdSet } from '../thresholds.ts';
import { formatPlain, withUnit } from '../words.ts';

/* The sets of thresholds by the list year they apply from, and the form for a new set. */

const shown = (key: ThresholdKey, value: number) => {
  const f = THRESHOLD_FIELDS[key];
  return withUnit(f.unit === 'residents' ? formatInteger(value) : formatPlain(value), f.unit);
};

export function ThresholdsPage({ sets, today }: { sets: ThresholdSet[]; today: string }) {
  const thisList = Number(today.slice(0, 4)) + (today.slice(5) >= '12-01' ? 1 : 0);
  return (
    <>
      <h1>Grænseværdier for boligområder</h1>
      <p>
        Grænseværdierne i almenboligloven § 61 a og § 61 b. Et sæt gælder fra listen 1. december i sit år og til et nyere sæt tager over.
        Når loven ændres, tilføjes et nyt sæt; et sæt rettes ikke, for de lister, der er offentliggjort, blev vurderet efter det.
      </p>
      <p>
        <a class="button button-primary" href="/boligomraader/graensevaerdier/ny">
          Tilføj grænseværdier
        </a>
      </p>
      <ScrollTable label="Grænseværdier pr. år">
        <table class="table table--compact">
          <caption>Grænseværdier pr. år</caption>
          <thead>
            <tr>
              <th scope="col">Grænse</th>
              {sets.map((s) => (
                <th scope="col" class="sd-number">
                  Fra listen 1. december {s.validFrom}
                  {s.validFrom > thisList && <span class="sd-muted"> (kommende)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {THRESHOLD_KEYS.map((key) => (
              <tr>
                <th scope="row">{THRESHOLD_FIELDS[key].label}</th>
                {sets.map((s) => (
                  <td class="sd-number">{shown(key, s.values[key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

const HINTS: Partial<Record<ThresholdKey, string>> = {
  'udsat.outside_work': 'Procent; gennemsnit af to år.',
  'udsat.convictions': 'Gange landsgennemsnittet; gennemsnit af to år.',
  'udsat.income': 'Procent af regionens gennemsnit.',
  'forebyggelse.income': 'Procent af regionens gennemsnit; mindst grænsen for udsatte boligområder.',
  'forebyggelse.outside_work': 'Højst grænsen for udsatte boligområder.',
};

export function thresholdValues(set: ThresholdSet | null, validFrom: number): FormValues {
  const values: FormValues = { validFrom: String(validFrom) };
  for (const key of THRESHOLD_KEYS) values[fieldName(key)] = set ? String(set.values[key]).replace('.', ',') : '';
  return values;
}

export function ThresholdForm({ csrf, values, errors }: { csrf: string; values: FormValues; errors?: FieldErrors }) {
  return (
    <>
      <h1>Tilføj grænseværdier</h1>
      <p>Udfyldt med de nyeste grænseværdier. Ret dem, der ændres, og vælg den første liste, de gælder for.</p>
      <ErrorSummary errors={errors} form="thresholds" />
      <Form id="thresholds" action="/boligomraader/graensevaerdier" csrf={csrf} novalidate>
        <TextField
          name="validFrom"
          label="Gælder fra listen 1. december i år"
          required
          inputmode="numeric"
          width="xs"
          values={values}
          errors={errors}
        />
        {THRESHOLD_KEYS.map((key) => (
          <TextField
            name={fieldName(key)}
            label={THRESHOLD_FIELDS[key].label}
            hint={HINTS[key]}
            required
            inputmode={THRESHOLD_FIELDS[key].whole ? 'numeric' : 'decimal'}
            width="s"
            values={values}
            errors={errors}
          />
        ))}
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Gem grænseværdierne
          </button>
          <a href="/boligomraader/graensevaerdier">Annullér</a>
        </div>
      </Form>
    </>
  );
}
