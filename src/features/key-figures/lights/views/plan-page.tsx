import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { Alert, DescriptionList, ErrorSummary, TextArea, TextField } from '../../../../ui/components.tsx';
import { ConfirmLink, UndoButton } from '../../../../ui/confirm.tsx';
import { fieldIds, Form } from '../../../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../../../ui/format.ts';
import { ScrollTable } from '../../../../ui/table.tsx';
import { TrafficLight } from '../../../../ui/traffic-light.tsx';
import type { ActionPlanRow } from '../action-plans.ts';
import type { ActionPlanView } from '../plan-service.ts';

/*
 * An action plan's page: the three red years that asked for it, the organisation's plan and
 * deadline, and the municipality's "handled" with its undo. The list of an organisation's plans.
 */

const FORM = 'plan';

export const planStatus = (p: { text: string; handledAt: Date | null }) =>
  p.handledAt ? 'Behandlet af kommunen' : p.text ? 'Skrevet – venter på kommunen' : 'Venter på handlingsplan';

export const estateLabel = (p: { estateNumber: number; estateName: string }) => `${p.estateNumber} ${p.estateName}`;

export const redYears = (year: number) => `${year - 2}–${year}`;

export function planValues(p: ActionPlanView): FormValues {
  return { text: p.text, deadline: p.deadline ?? '' };
}

function RedYears({ plan, names }: { plan: ActionPlanView; names: Map<string, string> }) {
  const caption = `Nøgletal for ${estateLabel(plan)} ${redYears(plan.year)}`;
  return (
    <ScrollTable label={caption}>
      <table class="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col">Samlet farve</th>
            <th scope="col">Røde nøgletal</th>
          </tr>
        </thead>
        <tbody>
          {plan.years.map((l) => {
            const red = Object.entries(l.colours)
              .filter(([, c]) => c === 'red')
              .map(([code]) => names.get(code) ?? code);
            return (
              <tr>
                <th scope="row">{l.year}</th>
                <td>
                  <TrafficLight colour={l.overall} />
                </td>
                <td>{red.length ? red.join(', ') : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function PlanPage({
  plan,
  names,
  values,
  errors,
  csrf,
  history,
}: {
  plan: ActionPlanView;
  names: Map<string, string>;
  values: FormValues;
  errors?: FieldErrors;
  csrf: string;
  history: Child;
}) {
  const base = `/handlingsplaner/${plan.id}`;
  return (
    <>
      <h1>Handlingsplan for afdeling {estateLabel(plan)}</h1>
      <Alert kind={plan.handledAt ? 'info' : 'warning'} heading={`Rød tre år i træk: ${redYears(plan.year)}`}>
        <p>
          Afdelingen har haft røde tal tre år i træk, så {plan.organisationName} er bedt om en handlingsplan med en frist.
          {plan.handledAt
            ? ` Kommunen har behandlet planen ${formatDateTime(plan.handledAt)}.`
            : ' Planen står på styringsdialogen, indtil kommunen har behandlet den.'}
        </p>
      </Alert>
      <ErrorSummary errors={errors} form={FORM} />
      {errors?._form && (
        <p class="form-error-message" id={fieldIds('_form', FORM).input}>
          {errors._form}
        </p>
      )}
      <DescriptionList
        items={[
          ['Boligorganisation', <a href={`/boligorganisationer/${plan.organisationId}/handlingsplaner`}>{plan.organisationName}</a>],
          ['Afdeling', <a href={`/afdelinger/${plan.estateId}`}>{estateLabel(plan)}</a>],
          ['Status', planStatus(plan)],
          ['Frist', plan.deadline ? formatDate(plan.deadline) : 'Ikke fastsat'],
        ]}
      />
      <RedYears plan={plan} names={names} />
      <h2>Handlingsplanen</h2>
      {plan.canWrite ? (
        <Form id={FORM} action={base} csrf={csrf} novalidate>
          <input type="hidden" name="version" value={String(plan.version)} />
          <TextArea
            name="text"
            label="Hvad gør boligorganisationen for at rette op på afdelingens tal?"
            required
            rows={8}
            values={values}
            errors={errors}
          />
          <TextField
            name="deadline"
            label="Frist"
            type="date"
            required
            width="s"
            values={values}
            errors={errors}
            hint="Hvornår planen er gennemført."
          />
          <button type="submit" class="button button-primary">
            Gem handlingsplanen
          </button>
        </Form>
      ) : plan.text ? (
        <p class="sd-pre">{plan.text}</p>
      ) : (
        <p class="sd-muted">Boligorganisationen har ikke skrevet handlingsplanen endnu.</p>
      )}
      {plan.canHandle && (
        <div class="sd-actions">
          {plan.handledAt ? (
            <UndoButton action={`${base}/genaabn`} csrf={csrf} label="Genåbn handlingsplanen" fields={{ version: String(plan.version) }} />
          ) : (
            <ConfirmLink href={`${base}/behandlet`} label="Markér som behandlet" />
          )}
        </div>
      )}
      {history}
    </>
  );
}

/** Every plan of an organisation, open ones first. */
export function PlanList({ plans, organisationName }: { plans: ActionPlanRow[]; organisationName: string }) {
  const caption = `Handlingsplaner for ${organisationName}`;
  if (plans.length === 0) return <p>Ingen af {organisationName}s afdelinger har haft røde tal tre år i træk.</p>;
  const sorted = [...plans].sort((a, b) => Number(a.handledAt !== null) - Number(b.handledAt !== null));
  return (
    <ScrollTable label={caption}>
      <table class="table table--zebra">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Afdeling</th>
            <th scope="col">Rød tre år i træk</th>
            <th scope="col">Frist</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => (
            <tr>
              <td>
                <a href={`/handlingsplaner/${p.id}`}>{estateLabel(p)}</a>
              </td>
              <td>
                <TrafficLight colour="red" label={`Rød ${redYears(p.year)}`} />
              </td>
              <td>{p.deadline ? formatDate(p.deadline) : 'Ikke fastsat'}</td>
              <td>{planStatus(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
