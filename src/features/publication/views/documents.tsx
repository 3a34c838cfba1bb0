import { formatDate } from '../../../ui/format.ts';
import { agreementDocumentHref, agreementDocumentPdfHref, councilReportHref, councilReportPdfHref } from '../links.ts';
import type { PublicAgreementDocumentRow, PublicMunicipality } from '../read.ts';

/* The published aftaledokumenter of a dialogue year and a municipality's approved council reports, as lists of links. */

const versionLabel = (d: PublicAgreementDocumentRow) =>
  `Aftaledokument ${d.year}, version ${d.number}${d.publishedAt ? `, offentliggjort ${formatDate(d.publishedAt)}` : ''}`;

/** The year's published versions, newest first; the newest is the one in force. */
export function DocumentVersions({ rows, code }: { rows: PublicAgreementDocumentRow[]; code: string }) {
  if (rows.length === 0) return <p>Aftaledokumentet er endnu ikke offentliggjort.</p>;
  return (
    <ul>
      {rows.map((d, i) => (
        <li>
          <a href={agreementDocumentHref(code, d.organisationId, d.id)}>{versionLabel(d)}</a>
          {i === 0 && rows.length > 1 && ' (nyeste)'} · <a href={agreementDocumentPdfHref(code, d.organisationId, d.id)}>PDF</a>
        </li>
      ))}
    </ul>
  );
}

/** A municipality's approved council reports, newest year first. */
export function CouncilReportsList({ rows, code }: { rows: PublicMunicipality['councilReports']; code: string }) {
  if (rows.length === 0) return <p>Der er endnu ingen godkendte redegørelser.</p>;
  return (
    <ul>
      {rows.map((r) => (
        <li>
          <a href={councilReportHref(code, r.year)}>
            Redegørelse om styringsdialogen {r.year}
            {r.approvedOn ? `, godkendt ${formatDate(r.approvedOn)}` : ''}
          </a>{' '}
          · <a href={councilReportPdfHref(code, r.year)}>PDF</a>
        </li>
      ))}
    </ul>
  );
}
