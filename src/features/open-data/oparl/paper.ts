import { organisationHref } from '../../publication/index.ts';
import type { BodyPaper } from './body-data.ts';
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
