import { hasText } from '../../lib/written-document/blocks.ts';
import type { WrittenBlock, WrittenDocument, WrittenSection, WrittenSignature } from '../../lib/written-document/index.ts';
import { formatDate } from '../../ui/format.ts';
import { writtenText } from './sections.ts';
import type { CouncilReport } from './service.ts';
import { STATUS_LABELS } from './words.ts';

/*
 * The report as a written document, for its page, its PDF and its DOCX alike. The organisation
 * overview table comes from the rows stored in its section when it was generated (a snapshot:
 * an approved report does not change with the data).
 */

const OVERVIEW_COLUMNS = [
  { label: 'Boligorganisation', width: 3.5 },
  { label: 'Dialogmøde', width: 3 },
  { label: 'Fase', width: 2.5 },
  { label: 'Aftaledokument', width: 3 },
  { label: 'Røde afdelinger', width: 2, align: 'right' as const },
  { label: 'Aftaler', width: 1.5, align: 'right' as const },
];

/** Who approved it, at the end of the document. */
const approval = (report: CouncilReport, municipalityName: string): WrittenSignature => ({
  label: `For ${municipalityName}`,
  lines: [`Godkendt ${formatDate(report.approvedOn)} af ${report.approvedBy ?? ''}`],
});

export function reportToWrittenDocument(report: CouncilReport, municipalityName: string): WrittenDocument {
  const approved = report.status === 'godkendt';
  return {
    kindLabel: 'Redegørelse',
    title: `Redegørelse om styringsdialogen ${report.governanceYear} – ${municipalityName}`,
    municipality: municipalityName,
    meta: [
      { label: 'Kommune', value: municipalityName },
      { label: 'Styringsdialogår', value: String(report.governanceYear) },
      { label: 'Lovgrundlag', value: 'Almenboligloven § 164' },
    ],
    status: approved ? `Godkendt ${formatDate(report.approvedOn)}` : STATUS_LABELS.udkast,
    version: null,
    generatedAt: report.generatedAt.toISOString(),
    sections: report.sections.flatMap((s): WrittenSection[] => {
      const text = writtenText(s.key, s.text);
      // An empty section is left out of the approved report; the draft says it is still to be written.
      if (!hasText(text) && !s.table)
        return approved ? [] : [{ heading: s.heading, blocks: [{ kind: 'note', text: 'Ikke udfyldt endnu.' }] }];
      const blocks: WrittenBlock[] = [{ kind: 'text', text }];
      if (s.table)
        blocks.push({
          kind: 'table',
          columns: OVERVIEW_COLUMNS,
          rows: s.table.map((r) => [r.organisation, r.meeting, r.stage, r.agreementDocument ?? '–', r.red, r.agreements]),
          empty: 'Kommunen fører ikke tilsyn med nogen boligorganisationer.',
        });
      return [{ heading: s.heading, blocks }];
    }),
    signatures: approved ? [approval(report, municipalityName)] : [],
  };
}
