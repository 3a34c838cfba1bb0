import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { Alert, CheckboxField, DescriptionList, ErrorSummary, SelectField, TextArea, TextField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { Form } from '../../../ui/form.tsx';
import { validYear, type DialogueView } from '../service.ts';
import { FREQUENCY_LABELS } from '../frequency.ts';
import { STAGE_LABELS } from '../stages.ts';
import { STAGES } from '../tables.ts';
import { DeadlineTable } from './deadline-table.tsx';
import { ScrollTable } from '../../../ui/table.tsx';
import { ActionPlans, type ActionPlanLink } from './action-plans.tsx';

export interface DialogueForms {
  values?: FormValues;
  errors?: FieldErrors;
  form?: 'stage' | 'meeting' | 'frequency';
}

const base = (d: DialogueView) => `/boligorganisationer/${d.organisation.id}/styringsdialog/${d.year}`;

/** The stages as an ordered list; the current one marked for screen readers too. */
function StageSteps({ d }: { d: DialogueView }) {
  const current = STAGES.indexOf(d.stage);
  return (
    <ol class="sd-steps" aria-label="Faser">
      {STAGES.map((s, i) => (
        <li
          class={i < current ? 'sd-step sd-step-done' : i === current ? 'sd-step sd-step-current' : 'sd-step'}
          aria-current={i === current ? 'step' : undefined}
        >
          <span class="sd-step-number" aria-hidden="true">
            {i + 1}
          </span>
          <span>
            {STAGE_LABELS[s]}
            {i < current && <span class="sr-only"> (gennemført)</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}

function StageForm({ d, csrf, forms }: { d: DialogueView; csrf: string; forms: DialogueForms }) {
  const errors = forms.form === 'stage' ? forms.errors : undefined;
  const next = STAGES[STAGES.indexOf(d.stage) + 1];
  const values = forms.form === 'stage' ? forms.values : { stage: next ?? '' };
  return (
    <Form id="stage" action={`${base(d)}/fase`} csrf={csrf} novalidate>
      <input type="hidden" name="version" value={String(d.version)} />
      <SelectField
        name="stage"
        label="Ny fase"
        required
        values={values}
        errors={errors}
        options={STAGES.filter((s) => s !== d.stage).map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
      />
      <TextArea
        name="reason"
        label="Begrundelse"
        rows={3}
        values={values}
        errors={errors}
        hint="Skal udfyldes, hvis du springer en fase over eller går tilbage."
      />
      {/* Offered once the server has warned that the chosen stage claims what has not happened. */}
      {(errors?.proceed || values?.proceed === 'on') && (
        <CheckboxField name="proceed" label="Skift fase alligevel" values={values} errors={errors} />
      )}
      <button type="submit" class="button button-primary">
        Skift fase
      </button>
    </Form>
  );
}

function MeetingForm({ d, csrf, forms }: { d: DialogueView; csrf: string; forms: DialogueForms }) {
  const errors = forms.form === 'meeting' ? forms.errors : undefined;
  const values = forms.form === 'meeting' ? forms.values : { meetingDate: d.meetingDate ?? '' };
  return (
    <Form id="meeting" action={`${base(d)}/moede`} csrf={csrf} novalidate>
      <input type="hidden" name="version" value={String(d.version)} />
      <TextField name="meetingDate" label="Dato for styringsdialogmødet" type="date" width="m" values={values} errors={errors} />
      <button type="submit" class="button button-secondary">
        Gem mødedato
      </button>
    </Form>
  );
}

function FrequencyForm({ d, csrf, forms }: { d: DialogueView; csrf: string; forms: DialogueForms }) {
  const errors = forms.form === 'frequency' ? forms.errors : undefined;
  const values =
    forms.form === 'frequency'
      ? forms.values
      : { frequency: d.frequency.frequency, fromYear: String(d.frequency.fromYear ?? d.year), reason: d.frequency.reason ?? '' };
  return (
    <Form id="frequency" action={`/boligorganisationer/${d.organisation.id}/styringsdialog/hyppighed`} csrf={csrf} novalidate>
      <input type="hidden" name="version" value={String(d.frequency.version)} />
      <input type="hidden" name="year" value={String(d.year)} />
      <SelectField
        name="frequency"
        label="Hyppighed"
        required
        values={values}
        errors={errors}
        options={Object.entries(FREQUENCY_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextField
        name="fromYear"
        label="Gælder fra år"
        required
        inputmode="numeric"
        width="xs"
        values={values}
        errors={errors}
        hint="Ved hvert andet år holdes dialogen i dette år, og derefter hvert andet år."
      />
      <TextArea
        name="reason"
        label="Begrundelse"
        rows={3}
        values={values}
        errors={errors}
        hint="Fx: Ingen væsentlige problemer i boligorganisationen eller dens afdelinger."
      />
      <button type="submit" class="button button-secondary">
        Gem hyppighed
      </button>
    </Form>
  );
}

export type MeetingLink = { id: number; title: string; startsAt: Date | null; minutesStatus: string };
const MINUTES: Record<string, string> = {
  kladde: 'referat i kladde',
  til_kommentering: 'referat til kommentering',
  godkendt: 'referat godkendt',
};

export function DialoguePage({
  d,
  csrf,
  forms = {},
  meetings = [],
  actionPlans = [],
  keyFigures,
  agreements,
  agreementDocument,
}: {
  d: DialogueView;
  csrf: string;
  forms?: DialogueForms;
  meetings?: MeetingLink[];
  actionPlans?: ActionPlanLink[];
  /** The link to the organisation's key figures, contributed through src/wiring.ts. */
  keyFigures?: { href: string; label: string };
  /** The link to the year's agreements, contributed through src/wiring.ts. */
  agreements?: { href: string; label: string };
  /** The link to the year's aftaledokument, contributed through src/wiring.ts. */
  agreementDocument?: { href: string; label: string };
}) {
  const o = d.organisation;
  return (
    <>
      <h1>
        Styringsdialog {d.year}: {o.name}
      </h1>
      <nav class="sd-actions" aria-label="År">
        {/* Only years that have a page: a link to a year before the first would answer 404. */}
        {validYear(d.year - 1) && <a href={`/boligorganisationer/${o.id}/styringsdialog/${d.year - 1}`}>‹ {d.year - 1}</a>}
        <a href={`/boligorganisationer/${o.id}/aarshjul?aar=${d.year}`}>Årshjul {d.year}</a>
        {validYear(d.year + 1) && <a href={`/boligorganisationer/${o.id}/styringsdialog/${d.year + 1}`}>{d.year + 1} ›</a>}
      </nav>
      {!d.dueThisYear && (
        <Alert kind="info" heading={`Ingen styringsdialog i ${d.year}`}>
          <p>
            Kommunen holder styringsdialog med {o.name} hvert andet år{d.frequency.reason ? `: ${d.frequency.reason}` : '.'}
          </p>
        </Alert>
      )}
      <ErrorSummary errors={forms.errors} form={forms.form} />
      <DescriptionList
        items={[
          ['Fase', <strong>{d.stageLabel}</strong>],
          ['Tilsynskommune', o.municipalityName],
          ['Administrationsorganisation', o.administratorName],
          ['Mødedato', d.meetingDate ? formatDate(d.meetingDate) : 'Ikke fastsat'],
          ['Hyppighed', FREQUENCY_LABELS[d.frequency.frequency]],
        ]}
      />
      <p class="sd-button-row">
        <a href={`${base(d)}/dokumentationspakke`}>Dokumentationspakken</a>
        {keyFigures && <a href={keyFigures.href}>{keyFigures.label}</a>}
        {agreements && <a href={agreements.href}>{agreements.label}</a>}
        {agreementDocument && <a href={agreementDocument.href}>{agreementDocument.label}</a>}
        <a href={d.canSupervise ? `/kommuner/${o.municipalityCode}/moeder` : '/moeder'}>Møder og referater</a>
        {d.canSupervise && <a href={`/kommuner/${o.municipalityCode}/moeder/nyt?boligorganisation=${o.id}`}>Opret styringsdialogmøde</a>}
      </p>
      {meetings.length > 0 && (
        <>
          <h2>Møder med {o.name}</h2>
          <ul>
            {meetings.map((m) => (
              <li>
                <a href={`/moeder/${m.id}`}>{m.title}</a>
                {m.startsAt && `, ${formatDate(m.startsAt)}`} <span class="sd-muted">({MINUTES[m.minutesStatus] ?? m.minutesStatus})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionPlans plans={actionPlans} organisationId={o.id} />
      <h2>Faser</h2>
      {d.notTaken.length > 0 && (
        <Alert kind="warning" heading={`Fasen "${d.stageLabel}" er længere end det, der er sket`}>
          <ul>
            {d.notTaken.map((t) => (
              <li>{t}</li>
            ))}
          </ul>
          <p>Fristerne nedenfor følger det, der er sket, ikke fasen.</p>
        </Alert>
      )}
      <StageSteps d={d} />
      <h2>Frister</h2>
      <DeadlineTable deadlines={d.deadlines} caption={`Frister for styringsdialogen ${d.year}`} />
      {d.canSupervise && (
        <div class="sd-columns">
          <section aria-labelledby="h-stage">
            <h2 id="h-stage">Skift fase</h2>
            <StageForm d={d} csrf={csrf} forms={forms} />
          </section>
          <section aria-labelledby="h-meeting">
            <h2 id="h-meeting">Møde</h2>
            <MeetingForm d={d} csrf={csrf} forms={forms} />
          </section>
          <section aria-labelledby="h-frequency">
            <h2 id="h-frequency">Hvor ofte</h2>
            <FrequencyForm d={d} csrf={csrf} forms={forms} />
          </section>
        </div>
      )}
      <h2>Forløb</h2>
      {d.events.length === 0 ? (
        <p>Dialogen er planlagt; ingen faser er skiftet endnu.</p>
      ) : (
        <ScrollTable label="Faseskift">
          <table class="table table--zebra">
            <caption class="sr-only">Faseskift</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Fra</th>
                <th scope="col">Til</th>
                <th scope="col">Begrundelse</th>
                <th scope="col">Af</th>
              </tr>
            </thead>
            <tbody>
              {d.events.map((e) => (
                <tr>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.fromStage ? STAGE_LABELS[e.fromStage] : '–'}</td>
                  <td>{STAGE_LABELS[e.toStage]}</td>
                  <td>{e.reason ?? '–'}</td>
                  <td>{e.actorLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
