import { organisationHref, municipalityHref } from '../../publication/index.ts';
import type { BodyData } from './body-data.ts';
import { oparlType, type OparlUrls } from './urls.ts';

/** The Organizations of a Body: the housing organisations it supervises and its fora, with created/modified for the filters. */
export function organizationsOf(u: OparlUrls, body: BodyData) {
  const code = body.municipality.code;
  const housing = body.organisations.map((o) => ({
    key: `boligorganisation-${o.id}`,
    created: o.createdAt,
    modified: o.updatedAt,
    object: {
      id: u.organization(code, 'boligorganisation', o.id),
      type: oparlType('Organization'),
      body: u.body(code),
      name: o.name,
      organizationType: 'Boligorganisation',
      classification: 'Almen boligorganisation',
      keyword: [`LBF-nr. ${o.lbfNumber}`],
      membership: [],
      meeting: u.meetings(code),
      web: u.web(organisationHref(code, o.id)),
      created: o.createdAt.toISOString(),
      modified: o.updatedAt.toISOString(),
    },
  }));
  const fora = body.fora.map((f) => ({
    key: `forum-${f.id}`,
    created: f.createdAt,
    modified: f.updatedAt,
    object: {
      id: u.organization(code, 'forum', f.id),
      type: oparlType('Organization'),
      body: u.body(code),
      name: f.name,
      organizationType: 'Forum',
      classification: 'Boligforum',
      membership: [],
      meeting: u.meetings(code),
      web: u.web(municipalityHref(code)),
      created: f.createdAt.toISOString(),
      modified: f.updatedAt.toISOString(),
    },
  }));
  return [...housing, ...fora];
}
