import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { ErrorSummary, TextField } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import type { AreaYear } from '../classify.ts';

/* One year's figures of an area, as Danmarks Statistik and the ministry publish them. */

export const STATISTICS_FIELDS = [
  { name: 'residents', label: 'Antal beboere', hint: 'Beboere i området pr. 1. januar.', required: true },
  {
    name: 'outsideWorkPct',
    label: 'Uden for arbejde eller uddannelse (%)',
    hint: 'Andel af de 18–64-årige uden tilknytning til arbejdsmarkedet eller uddannelse, i procent. Siden bruger selv gennemsnittet af året og året før.',
  },
  {
    name: 'convictionsRatio',
    label: 'Dømte (gange landsgennemsnittet)',
    hint: 'Andelen dømt for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer som et multiplum af landsgennemsnittet, fx 2,4.',
  },
  {
    name: 'primarySchoolOnlyPct',
    label: 'Kun grundskoleuddannelse (%)',
    hint: 'Andel af de 30–59-årige, der kun har en grundskoleuddannelse, i procent.',
  },
  {
    name: 'incomeRatioPct',
    label: 'Indkomst (% af regionens)',
    hint: 'Gennemsnitlig bruttoindkomst for de 15–64-årige (uden uddannelsessøgende) i procent af gennemsnittet for regionen.',
  },
  {
    name: 'nonWesternPct',
    label: 'Indvandrere og efterkommere fra ikke-vestlige lande (%)',
    hint: 'Andel af beboerne, i procent.',
  },
] as const;

const decimal = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function statisticsValues(row: AreaYear): FormValues {
  return {
    year: String(row.year),
    residents: String(row.residents),
    outsideWorkPct: decimal(row.outsideWorkPct),
    convictionsRatio: decimal(row.convictionsRatio),
    primarySchoolOnlyPct: decimal(row.primarySchoolOnlyPct),
    incomeRatioPct: decimal(row.incomeRatioPct),
    nonWesternPct: decimal(row.nonWesternPct),
  };
}

export function StatisticsForm(props: { csrf: string; action: string; values: FormValues; errors?: FieldErrors; cancelHref: string }) {
  const { values, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} form="statistics" />
      <Form id="statistics" action={props.action} csrf={props.csrf} novalidate>
        <TextField
          name="year"
          label="År"
          required
          inputmode="numeric"
          width="xs"
          values={values}
          errors={errors}
          hint="Året, tallene er opgjort for. Tal, der allerede er gemt for året, erstattes."
        />
        {STATISTICS_FIELDS.map((f) => (
          <TextField
            name={f.name}
            label={f.label}
            hint={f.hint}
            required={'required' in f}
            inputmode={f.name === 'residents' ? 'numeric' : 'decimal'}
            width="s"
            values={values}
            errors={errors}
          />
        ))}
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Gem tallene
          </button>
          <a href={props.cancelHref}>Annullér</a>
        </div>
      </Form>
    </>
  );
}
