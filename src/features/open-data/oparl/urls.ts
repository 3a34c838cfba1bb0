/*
 * The OParl 1.1 addresses: every object's id is its absolute URL under PUBLIC_URL, stable as long
 * as the row lives. Everything below the System hangs under its Body (a municipality), so an
 * object is always found by reading what that municipality publishes.
 */
export const OPARL_PATH = '/oparl/v1.1';
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
export const oparlType = (name: string) => `https://schema.oparl.org/1.1/${name}`;

export type OrganizationKind = 'boligorganisation' | 'forum';

export function oparlUrls(publicUrl: string) {
  const base = new URL(OPARL_PATH, publicUrl).href;
  const body = (code: string) => `${base}/bodies/${code}`;
  return {
    system: `${base}/system`,
    bodies: `${base}/bodies`,
    body,
    organizations: (code: string) => `${body(code)}/organizations`,
    persons: (code: string) => `${body(code)}/persons`,
    memberships: (code: string) => `${body(code)}/memberships`,
    meetings: (code: string) => `${body(code)}/meetings`,
    papers: (code: string) => `${body(code)}/papers`,
    files: (code: string) => `${body(code)}/files`,
    organization: (code: string, kind: OrganizationKind, id: number) => `${body(code)}/organizations/${kind}-${id}`,
    meeting: (code: string, id: number) => `${body(code)}/meetings/${id}`,
    agendaItem: (code: string, meetingId: number, number: string) =>
      `${body(code)}/meetings/${meetingId}/agenda-items/${encodeURIComponent(number)}`,
    paper: (code: string, id: number | string) => `${body(code)}/papers/${id}`,
    file: (code: string, meetingId: number) => `${body(code)}/files/referat-${meetingId}`,
    fileOf: (code: string, key: string) => `${body(code)}/files/${key}`,
    web: (path: string) => new URL(path, publicUrl).href,
  };
}
export type OparlUrls = ReturnType<typeof oparlUrls>;
