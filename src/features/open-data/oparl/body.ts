import { municipalityHref } from '../../publication/index.ts';
import { OPARL_SINCE } from './system.ts';
import { oparlType, type OparlUrls } from './urls.ts';

/** A Body: one municipality, with the list URLs of what it publishes. */
export function bodyObject(u: OparlUrls, m: { code: string; name: string; shortName?: string }, modified: Date = OPARL_SINCE) {
  return {
    id: u.body(m.code),
    type: oparlType('Body'),
    system: u.system,
    name: m.name,
    ...(m.shortName ? { shortName: m.shortName } : {}),
    classification: 'Kommune',
    website: u.web(municipalityHref(m.code)),
    organization: u.organizations(m.code),
    person: u.persons(m.code),
    membership: u.memberships(m.code),
    meeting: u.meetings(m.code),
    paper: u.papers(m.code),
    file: u.files(m.code),
    legislativeTerm: [],
    web: u.web(municipalityHref(m.code)),
    created: OPARL_SINCE.toISOString(),
    modified: (modified > OPARL_SINCE ? modified : OPARL_SINCE).toISOString(),
  };
}
