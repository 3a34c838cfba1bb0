import { oparlType, OPARL_VERSION, type OparlUrls } from './urls.ts';

/** Since when the platform publishes OParl: the System's and each Body's creation time. */
export const OPARL_SINCE = new Date('2026-12-01T00:00:00Z');

export function systemObject(u: OparlUrls) {
  return {
    id: u.system,
    type: oparlType('System'),
    oparlVersion: OPARL_VERSION,
    body: u.bodies,
    name: 'Styringsdialog – åbne data',
    website: u.web('/'),
    product: 'Styringsdialog',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    web: u.web('/kommuner'),
    created: OPARL_SINCE.toISOString(),
    modified: OPARL_SINCE.toISOString(),
  };
}
