import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { Alert, DescriptionList, ErrorSummary, TextField } from '../../../../ui/components.tsx';
import { fieldIds, Form } from '../../../../ui/form.tsx';
import type { LightRule } from '../colour.ts';
import { formatThreshold } from '../numbers.ts';
import type { IndicatorRules } from '../rules.ts';
import { DIRECTION_WORDS, ruleInWords } from '../rule-words.ts';

/*
 * The form for one rule: the default (admins) or a municipality's own, with the default beside
 * it so the municipality sees what it departs from. Thresholds are typed as Danish numbers.
 */

const FORM = 'rule';

/** The form's fields filled from a rule, or empty for a new one (absolute unless it says otherwise). */
export function ruleValues(rule: LightRule | null): FormValues {
  return rule
    ? { kind: rule.kind, yellow: formatThreshold(rule.yellow), red: formatThreshold(rule.red) }
    : { kind: 'absolute', yellow: '', red: '' };
}

function KindField({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  const ids = fieldIds('kind', FORM);
  const error = errors?.kind;
  const option = (value: 'absolute' | 'relative', label: string, hint: string) => (
    <div class="form-group-radio">
      <input
        class="form-radio"
        type="radio"
        name="kind"
        value={value}
        id={value === 'absolute' ? ids.input : `${ids.input}-${value}`}
        checked={values.kind === value}
        aria-describedby={`${ids.hint}-${value}`}
      />
      <label for={value === 'absolute' ? ids.input : `${ids.input}-${value}`}>{label}</label>
      <span class="form-hint" id={`${ids.hint}-${value}`}>
        {hint}
      </span>
    </div>
  );
  return (
    <fieldset class={error ? 'form-group form-error' : 'form-group'} aria-describedby={error ? ids.error : undefined}>
      <legend class="form-label">Slags regel</legend>
      {error && (
        <span class="form-error-message" id={ids.error}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {option('absolute', 'Absolutte grænser', 'Grænserne er værdier af nøgletallet, fx 200 kr./m²/år.')}
      {option('relative', 'Andel af sammenlignelige afdelinger', 'Grænserne er andele i %, fx rød for de dårligste 10 %.')}
    </fieldset>
  );
}

export function RuleFormPage(props: {
  heading: string;
  intro: string;
  indicator: IndicatorRules;
  /** The default shown beside a municipality's own rule; omitted on the default's own form. */
  showDefault: boolean;
  values: FormValues;
  errors?: FieldErrors;
  version: number;
  action: string;
  cancelHref: string;
  csrf: string;
}) {
  const i = props.indicator;
  const worse = i.direction === 'higher' ? 'under' : 'over';
  return (
    <>
      <h1>{props.heading}</h1>
      <p class="font-lead">{props.intro}</p>
      <ErrorSummary errors={props.errors} form={FORM} />
      <DescriptionList
        items={[
          ['Nøgletal', i.name],
          ['Beskrivelse', i.description || '–'],
          ['Enhed', i.unit],
          ['Godt er', DIRECTION_WORDS[i.direction]],
          ...(props.showDefault
            ? ([['Standardregel', i.standard ? ruleInWords(i.standard, i) : 'Ingen standardregel: tallet får ingen farve.']] as [
                string,
                string,
              ][])
            : []),
        ]}
      />
      {i.direction === 'none' ? (
        <Alert kind="info" heading="Nøgletallet kan ikke få trafiklys">
          <p>Hverken et højt eller et lavt tal er godt, så der er intet at farve efter.</p>
        </Alert>
      ) : (
        <Form id={FORM} action={props.action} csrf={props.csrf} novalidate>
          <input type="hidden" name="version" value={String(props.version)} />
          {props.errors?._form && (
            <p class="form-error-message" id={fieldIds('_form', FORM).input}>
              {props.errors._form}
            </p>
          )}
          <KindField values={props.values} errors={props.errors} />
          <TextField
            name="yellow"
            label="Grænse for gul"
            required
            inputmode="decimal"
            width="s"
            values={props.values}
            errors={props.errors}
            hint={`Absolut: et tal ${worse} grænsen bliver gult (i ${i.unit}). Relativ: den andel i %, der er gul eller rød. Skriv fx 1.234,5.`}
          />
          <TextField
            name="red"
            label="Grænse for rød"
            required
            inputmode="decimal"
            width="s"
            values={props.values}
            errors={props.errors}
            hint={`Absolut: et tal ${worse} grænsen bliver rødt. Relativ: den andel i %, der er rød. Er grænserne ens, er der ingen gul.`}
          />
          <div class="sd-actions">
            <button type="submit" class="button button-primary">
              Gem reglen
            </button>
            <a href={props.cancelHref}>Annullér</a>
          </div>
        </Form>
      )}
    </>
  );
}
