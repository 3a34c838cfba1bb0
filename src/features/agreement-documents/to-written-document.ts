import type { WrittenBlock, WrittenDocument, WrittenSection, WrittenSignature } from '../../lib/written-document/index.ts';
import { formatDate } from '../../ui/format.ts';
import type { DocumentView } from './load.ts';
import { DOCUMENT_STATUS_LABELS } from './words.ts';

/** The aftaledokument as the shared written document (HTML, PDF, DOCX): its sections as text, the parties' approvals as signatures. */
export function toWrittenDocument(d: DocumentView, now = new Date()): WrittenDocument {
  const approval = (at: Date | null, by: string | null) =>
    at ? [`Godkendt ${formatDate(at)}`, `af ${by ?? 'ukendt'}`] : ['Ikke godkendt endnu'];
  const section = (s: DocumentView['sections'][number]): WrittenSection => {
    // The parties' own sections say so when they are left empty, rather than standing blank.
    const text = s.text.trim() || (s.key === 'fokus' || s.key === 'dokumentation' ? 'Ingen.' : '');
    const blocks: WrittenBlock[] = [{ kind: 'text', text }];
    return { heading: s.heading, blocks };
  };
  const signatures: WrittenSignature[] = [
    { label: `For ${d.municipalityName}`, lines: approval(d.municipalityApprovedAt, d.municipalityApprovedBy) },
    { label: `For ${d.organisationName}`, lines: approval(d.organisationApprovedAt, d.organisationApprovedBy) },
  ];
  return {
    kindLabel: 'Aftaledokument',
    title: `Aftaledokument ${d.governanceYear} – ${d.organisationName}`,
    municipality: d.municipalityName,
    meta: [
      { label: 'Boligorganisation', value: d.organisationName },
      { label: 'Kommune', value: d.municipalityName },
      { label: 'Styringsdialog', value: String(d.governanceYear) },
    ],
    status:
      d.status === 'offentliggjort' && d.publishedAt ? `Offentliggjort ${formatDate(d.publishedAt)}` : DOCUMENT_STATUS_LABELS[d.status],
    version: d.number,
    generatedAt: (d.publishedAt ?? now).toISOString(),
    sections: d.sections.map(section),
    signatures,
  };
}
