import type { Child } from 'hono/jsx';
import { Alert, DescriptionList, ErrorSummary } from '../../../ui/components.tsx';
import { ConfirmLink } from '../../../ui/confirm.tsx';
import { Form } from '../../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import type { SectionKey } from '../compose.ts';
import type { DocumentView } from '../load.ts';
import { DOCUMENT_STATUS_LABELS } from '../words.ts';
import { WrittenDocumentView } from '../../../ui/written-document.tsx';
import { toWrittenDocument } from '../to-written-document.ts';

/* One version of the aftaledokument: its state and the steps the viewer may take, its sections, the other versions. */

export type Abilities = { manage: boolean; approveForOrganisation: boolean; latest: boolean };
export type VersionRow = {
  id: number;
  number: number;
  status: keyof typeof DOCUMENT_STATUS_LABELS;
  publishedAt: Date | null;
  updatedAt: Date;
};

const DATA_KEYS = new Set<SectionKey>(['moede', 'aftaler', 'afdelinger', 'noegletal', 'naeste_moede']);

function StepButton({
  action,
  label,
  csrf,
  id,
  secondary,
  fields,
}: {
  action: string;
  label: string;
  csrf: string;
  id: string;
  secondary?: boolean;
  fields?: Record<string, string>;
}) {
  return (
    <Form id={id} action={action} csrf={csrf} class="sd-inline-form">
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={secondary ? 'button button-secondary' : 'button button-primary'}>
        {label}
      </button>
    </Form>
  );
}

function Steps({ d, can, csrf }: { d: DocumentView; can: Abilities; csrf: string }) {
  const base = `/aftaledokumenter/${d.id}`;
  const steps: Child[] = [];
  const open = d.status !== 'offentliggjort';
  if (can.manage && open && d.status === 'udkast')
    steps.push(<StepButton id="send" action={`${base}/send`} label="Send til boligorganisationen" csrf={csrf} />);
  if (can.manage && open && d.status !== 'udkast' && !d.municipalityApprovedAt)
    steps.push(<StepButton id="approve-municipality" action={`${base}/godkend`} label="Godkend for kommunen" csrf={csrf} />);
  if (can.approveForOrganisation && open && d.status !== 'udkast' && !d.organisationApprovedAt)
    steps.push(<StepButton id="approve-organisation" action={`${base}/godkend`} label="Godkend for boligorganisationen" csrf={csrf} />);
  if (can.manage && d.status === 'godkendt')
    steps.push(<StepButton id="publish" action={`${base}/offentliggoer`} label="Offentliggør" csrf={csrf} />);
  if (can.manage && open) steps.push(<StepButton id="refresh" action={`${base}/opdater`} label="Opdater fra data" csrf={csrf} secondary />);
  if (can.manage && !open && can.latest)
    steps.push(<StepButton id="correct" action={`${base}/ret`} label="Ret aftaledokumentet" csrf={csrf} secondary />);
  if (can.manage && open) steps.push(<ConfirmLink href={`${base}/slet`} label="Slet version" hiddenLabel={String(d.number)} />);
  return steps.length ? <div class="sd-actions">{steps}</div> : null;
}

export function DocumentPage({
  d,
  can,
  csrf,
  versions,
  downloads,
  message,
  errors,
  history,
}: {
  d: DocumentView;
  can: Abilities;
  csrf: string;
  versions: VersionRow[];
  downloads: { href: string; label: string }[];
  message?: { kind: 'error' | 'success'; text: string };
  errors?: FieldErrors;
  history: Child;
}) {
  const base = `/aftaledokumenter/${d.id}`;
  const open = d.status !== 'offentliggjort';
  const byHeading = new Map(d.sections.map((s) => [s.heading, s]));
  return (
    <>
      <h1>
        Aftaledokument {d.governanceYear}: {d.organisationName}
      </h1>
      <p class="font-lead">
        Version {d.number} · {DOCUMENT_STATUS_LABELS[d.status]}
        {d.publishedAt ? ` ${formatDate(d.publishedAt)}` : ''}
      </p>
      <ErrorSummary errors={errors} />
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      {!can.latest && <Alert kind="info">Der er en nyere version af aftaledokumentet. Denne version er bevaret, som den var.</Alert>}
      <DescriptionList
        items={[
          ['Kommune', d.municipalityName],
          ['Sendt til boligorganisationen', d.sentAt ? formatDateTime(d.sentAt) : 'Ikke sendt endnu'],
          [
            'Godkendt for kommunen',
            d.municipalityApprovedAt ? `${formatDateTime(d.municipalityApprovedAt)} af ${d.municipalityApprovedBy}` : 'Ikke godkendt endnu',
          ],
          [
            'Godkendt for boligorganisationen',
            d.organisationApprovedAt ? `${formatDateTime(d.organisationApprovedAt)} af ${d.organisationApprovedBy}` : 'Ikke godkendt endnu',
          ],
          ['Offentliggjort', d.publishedAt ? `${formatDateTime(d.publishedAt)} af ${d.publishedBy}` : 'Ikke offentliggjort'],
        ]}
      />
      <Steps d={d} can={can} csrf={csrf} />
      <p>
        {downloads.map((l, i) => (
          <>
            {i > 0 && ' · '}
            <a href={l.href}>{l.label}</a>
          </>
        ))}
        {d.number > 1 && (
          <>
            {downloads.length > 0 && ' · '}
            <a href={`${base}/forskelle`}>Forskelle fra version {d.number - 1}</a>
          </>
        )}
      </p>
      <WrittenDocumentView
        doc={toWrittenDocument(d)}
        sectionExtra={(w) => {
          const s = byHeading.get(w.heading);
          if (!s || !can.manage || !open) return null;
          return (
            <>
              {DATA_KEYS.has(s.key as SectionKey) && !s.generated && <p class="sd-muted">Rettet i hånden; opdateres ikke fra data.</p>}
              <p class="sd-actions">
                <a href={`${base}/sektioner/${s.key}`}>
                  Ret afsnittet<span class="sr-only"> „{s.heading}“</span>
                </a>
                {DATA_KEYS.has(s.key as SectionKey) && !s.generated && (
                  <StepButton
                    id={`refresh-${s.key}`}
                    action={`${base}/opdater`}
                    label="Opdater fra data"
                    csrf={csrf}
                    secondary
                    fields={{ key: s.key }}
                  />
                )}
              </p>
            </>
          );
        }}
      />
      <h2>Versioner</h2>
      <ScrollTable label="Versioner af aftaledokumentet">
        <table class="table table--zebra">
          <caption>Versioner af aftaledokumentet</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Senest ændret</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr>
                <td>{v.id === d.id ? `Version ${v.number} (denne)` : <a href={`/aftaledokumenter/${v.id}`}>Version {v.number}</a>}</td>
                <td>
                  {DOCUMENT_STATUS_LABELS[v.status]}
                  {v.publishedAt ? ` ${formatDate(v.publishedAt)}` : ''}
                </td>
                <td>{formatDateTime(v.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {history}
    </>
  );
}
