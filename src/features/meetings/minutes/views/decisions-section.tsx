import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { CsrfField, SelectField, TextArea, TextField } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatDate } from '../../../../ui/format.ts';
import { OUTCOME_LABELS } from '../../labels.ts';
import type { MeetingItemView, MeetingView } from '../../load.ts';
import { OUTCOMES } from '../../tables.ts';
import { renderVote } from '../votes.ts';
import { ConfirmLink } from '../../../../ui/confirm.tsx';
import type { DecisionAgreementLink } from '../../contributions.ts';

type AnyItem = MeetingItemView | MeetingItemView['children'][number];

/** An item's decisions with their votes, and the form for one more (open when it came back with errors). */
export function DecisionsSection({
  m,
  item,
  csrf,
  editable,
  base,
  d,
  returned,
  agreements,
}: {
  m: MeetingView;
  item: AnyItem;
  csrf: string;
  editable: boolean;
  base: string;
  d: { values: FormValues; errors: FieldErrors | undefined };
  /** The form came back from a failed submit: shown open, even when the minutes were locked meanwhile. */
  returned: boolean;
  /** Per decision, the agreement made of it or the button that makes one (src/wiring.ts). */
  agreements?: Map<number, DecisionAgreementLink>;
}) {
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Beslutninger</h2>
      {item.decisions.length === 0 ? (
        <p>{editable ? 'Ingen beslutninger endnu.' : 'Ingen beslutninger på punktet.'}</p>
      ) : (
        <ul class="sd-decisions">
          {item.decisions.map((x) => (
            <li>
              <strong>
                {x.body ?? 'Beslutning'}
                {x.decidedOn && ` den ${formatDate(x.decidedOn)}`}
                {x.outcome && ` – ${OUTCOME_LABELS[x.outcome]}`}:
              </strong>{' '}
              {x.text} {renderVote(x)}
              {editable && <ConfirmLink href={`/moeder/${m.id}/beslutninger/${x.id}/slet`} label="Slet" hiddenLabel="beslutningen" small />}
              <AgreementLink link={agreements?.get(x.id)} csrf={csrf} />
            </li>
          ))}
        </ul>
      )}
      {/* Also when refused for a lock set in another tab: the text just typed stays, to be copied. */}
      {(editable || returned) && (
        <details class="details" open={returned}>
          <summary class="details-summary">Tilføj beslutning</summary>
          <div class="details-text">
            <Form id="decision" action={`${base}/beslutninger`} csrf={csrf} novalidate>
              <TextArea
                name="decisionText"
                label="Beslutning"
                required
                rows={3}
                hint="Fx „Dagsordenen blev godkendt.“ eller „Det blev aftalt, at …“."
                values={d.values}
                errors={d.errors}
              />
              <TextField name="body" label="Besluttende organ" values={d.values} errors={d.errors} width="l" />
              <TextField name="decidedOn" label="Dato" type="date" values={d.values} errors={d.errors} width="s" />
              <SelectField
                name="outcome"
                label="Udfald"
                values={d.values}
                errors={d.errors}
                options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
                placeholder="Intet udfald"
              />
              <fieldset>
                <legend class="form-label">Afstemning (valgfrit)</legend>
                <TextField name="votesFor" label="Stemmer for" inputmode="numeric" values={d.values} errors={d.errors} width="xs" />
                <TextField
                  name="partiesFor"
                  label="Partier for"
                  hint="Partibogstaver, fx A, C, V."
                  values={d.values}
                  errors={d.errors}
                  width="s"
                />
                <TextField name="votesAgainst" label="Stemmer imod" inputmode="numeric" values={d.values} errors={d.errors} width="xs" />
                <TextField name="partiesAgainst" label="Partier imod" values={d.values} errors={d.errors} width="s" />
                <TextField
                  name="votesAbstain"
                  label="Undlod at stemme"
                  inputmode="numeric"
                  values={d.values}
                  errors={d.errors}
                  width="xs"
                />
                <TextField name="partiesAbstain" label="Partier, der undlod" values={d.values} errors={d.errors} width="s" />
              </fieldset>
              <button class="button button-secondary" type="submit">
                Tilføj beslutning
              </button>
            </Form>
          </div>
        </details>
      )}
    </section>
  );
}

function AgreementLink({ link, csrf }: { link: DecisionAgreementLink | undefined; csrf: string }) {
  if (!link) return null;
  if (link.kind === 'link') return <a href={link.href}>{link.label}</a>;
  return (
    <form method="post" action={link.action} class="sd-inline-form">
      <CsrfField token={csrf} />
      <button class="button button-secondary button-small" type="submit">
        {link.label}
      </button>
    </form>
  );
}
