import { agreementDocumentHref, organisationHref, type PublicAgreementDocumentRow } from '../../publication/index.ts';
import type { BodyPaper } from './body-data.ts';
import { documentFile } from './file.ts';
import { oparlType, type OparlUrls } from './urls.ts';

/** A Paper: an agreement of a held dialogue (the case the parties follow up), with its theme, status and deadline. */
export function paperOf(u: OparlUrls, code: string, a: BodyPaper) {
  return {
    key: a.id,
    created: a.createdAt,
    modified: a.updatedAt,
    object: {
      id: u.paper(code, a.id),
      type: oparlType('Paper'),
      body: u.body(code),
      name: a.text,
      reference: `Aftale ${a.year}-${a.id}`,
      date: a.createdAt.toISOString().slice(0, 10),
      paperType: 'Aftale fra styringsdialogen',
      underDirectionOf: [u.organization(code, 'boligorganisation', a.organisationId)],
      keyword: [a.themeLabel, a.statusLabel, `Ansvarlig: ${a.responsibleLabel}`, ...(a.deadline ? [`Frist: ${a.deadline}`] : [])],
      web: u.web(organisationHref(code, a.organisationId)),
      created: a.createdAt.toISOString(),
      modified: a.updatedAt.toISOString(),
    },
  };
}

/** A Paper: a published version of an aftaledokument, with its PDF as its main File. */
export function documentPaperOf(u: OparlUrls, code: string, d: PublicAgreementDocumentRow) {
  const key = `aftaledokument-${d.id}`;
  return {
    key,
    created: d.createdAt,
    modified: d.updatedAt,
    object: {
      id: u.paper(code, key),
      type: oparlType('Paper'),
      body: u.body(code),
      name: `Aftaledokument ${d.year} – ${d.organisationName}, version ${d.number}`,
      reference: `Aftaledokument ${d.year}-${d.organisationId}-${d.number}`,
      ...(d.publishedAt ? { date: d.publishedAt.toISOString().slice(0, 10) } : {}),
      paperType: 'Aftaledokument',
      underDirectionOf: [u.organization(code, 'boligorganisation', d.organisationId)],
      mainFile: documentFile(u, code, d),
      web: u.web(agreementDocumentHref(code, d.organisationId, d.id)),
      created: d.createdAt.toISOString(),
      modified: d.updatedAt.toISOString(),
    },
  };
}
