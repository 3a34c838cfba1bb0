import type { Db } from '../../../db/client.ts';
import { minutesHref, publicMinutes } from '../../publication/index.ts';
import { agendaItemsOf } from './agenda-item.ts';
import type { BodyData } from './body-data.ts';
import { minutesFile } from './file.ts';
import { oparlType, type OparlUrls } from './urls.ts';

export type PublicMinutesDocument = Awaited<ReturnType<typeof publicMinutes>>['document'];
type MinutesRow = BodyData['minutes'][number];

/** A Meeting: a meeting with approved minutes, its public agenda items and its minutes as File. */
export async function meetingObject(db: Db, u: OparlUrls, body: BodyData, m: MinutesRow) {
  const code = body.municipality.code;
  const copy = await publicMinutes(db, m.id);
  const organization = body.organisations.some((o) => o.id === m.organisationId)
    ? [u.organization(code, 'boligorganisation', m.organisationId!)]
    : body.fora.some((f) => f.id === m.forumId)
      ? [u.organization(code, 'forum', m.forumId!)]
      : [];
  return {
    id: u.meeting(code, m.id),
    type: oparlType('Meeting'),
    name: m.title,
    meetingState: 'afholdt',
    cancelled: false,
    ...(copy.document.startsAt ? { start: copy.document.startsAt } : {}),
    ...(copy.document.endsAt ? { end: copy.document.endsAt } : {}),
    organization,
    agendaItem: agendaItemsOf(u, code, m, copy.document.items),
    resultsProtocol: minutesFile(u, code, m),
    web: u.web(minutesHref(m.id)),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  };
}
