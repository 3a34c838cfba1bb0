import type { HistoryEntry } from '../../../audit/index.ts';
import { HistoryTable } from '../../../audit/index.ts';
import { Alert, DescriptionList } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../../../ui/format.ts';
import type { Letting } from '../service.ts';
import { KIND_LABELS, PRIORITY_GROUP_LABELS, STATUS_LABELS } from '../words.ts';

/* One agreement: its steps (udkast → indsendt → godkendt), its terms, the next step for whoever may take it, its history. */

const STEPS = ['udkast', 'indsendt', 'godkendt'] as const;

function Steps({ a }: { a: Letting }) {
  const current = a.status === 'udloebet' ? STEPS.length : STEPS.indexOf(a.storedStatus);
  return (
    <ol class="sd-steps" aria-label="Status">
      {STEPS.map((s, i) => (
        <li
          class={i < current ? 'sd-step sd-step-done' : i === current ? 'sd-step sd-step-current' : 'sd-step'}
          aria-current={i === current ? 'step' : undefined}
        >
          <span class="sd-step-number" aria-hidden="true">
            {i + 1}
          </span>
          <span>
            {STATUS_LABELS[s]}
            {i < current && <span class="sr-only"> (gennemført)</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}

function StepButton({ a, csrf, step, label, secondary }: { a: Letting; csrf: string; step: string; label: string; secondary?: boolean }) {
  return (
    <Form id={`letting-${step}`} action={`/udlejningsaftaler/${a.id}/${step}`} csrf={csrf}>
      <input type="hidden" name="version" value={String(a.version)} />
      <button type="submit" class={secondary ? 'button button-secondary' : 'button button-primary'}>
        {label}
      </button>
    </Form>
  );
}

export function LettingPage({ a, csrf, history, error }: { a: Letting; csrf: string; history: HistoryEntry[]; error?: string }) {
  const share = a.sharePercent === null ? null : `${a.sharePercent} % af de ledige boliger`;
  return (
    <>
      <h1>
        {KIND_LABELS[a.kind]} – {a.organisationName}
      </h1>
      {error && <Alert kind="error">{error}</Alert>}
      <Steps a={a} />
      {a.status === 'udloebet' && <Alert kind="warning">Aftalen udløb {formatDate(a.validTo)}.</Alert>}
      <DescriptionList
        items={[
          ['Status', STATUS_LABELS[a.status]],
          ['Kommune', a.municipalityName],
          ['Boligorganisation', <a href={`/boligorganisationer/${a.organisationId}`}>{a.organisationName}</a>],
          ['Afdelinger', a.estates.join(', ')],
          ...(share ? [['Andel', share] as [string, string]] : []),
          ...(a.priorityGroups.length
            ? [['Fortrinsgrupper', a.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join(', ')] as [string, string]]
            : []),
          ...(a.homesCount !== null ? [['Antal boliger', String(a.homesCount)] as [string, string]] : []),
          ...(a.homesText ? [['Boligerne', a.homesText] as [string, string]] : []),
          ['Periode', `${formatDate(a.validFrom)} – ${formatDate(a.validTo)}`],
          ['Evalueres', formatDate(a.evaluationDate)],
          ['Indsendt', a.submittedAt ? `${formatDateTime(a.submittedAt)} af ${a.submittedBy}` : '–'],
          ['Godkendt', a.approvedAt ? `${formatDateTime(a.approvedAt)} af ${a.approvedBy}` : '–'],
          ['Bemærkning', a.note ?? '–'],
        ]}
      />
      <div class="sd-actions">
        {a.canEdit && (
          <a class="button button-secondary" href={`/udlejningsaftaler/${a.id}/rediger`}>
            Redigér
          </a>
        )}
        {a.canSubmit && <StepButton a={a} csrf={csrf} step="indsend" label="Indsend til kommunen" />}
        {a.canApprove && <StepButton a={a} csrf={csrf} step="godkend" label="Godkend aftalen" />}
        {a.canApprove && <StepButton a={a} csrf={csrf} step="tilbage" label="Send tilbage som udkast" secondary />}
      </div>
      <h2>Historik</h2>
      <HistoryTable entries={history} />
    </>
  );
}
