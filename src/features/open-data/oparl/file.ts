import {
  agreementDocumentHref,
  agreementDocumentPdfHref,
  minutesHref,
  minutesPdfHref,
  type PublicAgreementDocumentRow,
} from '../../publication/index.ts';
import { oparlType, type OparlUrls } from './urls.ts';

interface MinutesRow {
  id: number;
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A File: the public copy of approved minutes as PDF (closed items left out), served by the public site. */
export function minutesFile(u: OparlUrls, code: string, m: MinutesRow) {
  return {
    id: u.file(code, m.id),
    type: oparlType('File'),
    name: `Referat: ${m.title}`,
    fileName: `referat-${m.id}.pdf`,
    mimeType: 'application/pdf',
    accessUrl: u.web(minutesPdfHref(m.id)),
    downloadUrl: u.web(minutesPdfHref(m.id)),
    meeting: [u.meeting(code, m.id)],
    web: u.web(minutesHref(m.id)),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  };
}

/** A File: a published aftaledokument's version as PDF, served by the public site. */
export function documentFile(u: OparlUrls, code: string, d: PublicAgreementDocumentRow) {
  const key = `aftaledokument-${d.id}`;
  return {
    id: u.fileOf(code, key),
    type: oparlType('File'),
    name: `Aftaledokument ${d.year} – ${d.organisationName}, version ${d.number}`,
    fileName: `aftaledokument-${d.year}-${d.organisationId}-v${d.number}.pdf`,
    mimeType: 'application/pdf',
    accessUrl: u.web(agreementDocumentPdfHref(code, d.organisationId, d.id)),
    downloadUrl: u.web(agreementDocumentPdfHref(code, d.organisationId, d.id)),
    paper: [u.paper(code, key)],
    web: u.web(agreementDocumentHref(code, d.organisationId, d.id)),
    created: d.createdAt.toISOString(),
    modified: d.updatedAt.toISOString(),
  };
}
