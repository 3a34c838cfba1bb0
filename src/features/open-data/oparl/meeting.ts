import { minutesHref, type PublicAgendaItem } from '../../publication/index.ts';
import { agendaItemsOf } from './agenda-item.ts';
import type { BodyData } from './body-data.ts';
import { minutesFile } from './file.ts';
import { oparlType, type OparlUrls } from './urls.ts';

type MinutesRow = BodyData['minutes'][number];

/** A Meeting: a meeting with approved minutes, its public agenda items (publicMinutesAgendas) and its minutes as File. */
export function meetingObject(u: OparlUrls, body: BodyData, m: MinutesRow, agenda: PublicAgendaItem[]) {
  const code = body.municipality.code;
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
    ...(m.startsAt ? { start: m.startsAt.toISOString() } : {}),
    ...(m.endsAt ? { end: m.endsAt.toISOString() } : {}),
    organization,
    agendaItem: agendaItemsOf(u, code, m, agenda),
    resultsProtocol: minutesFile(u, code, m),
    web: u.web(minutesHref(m.id)),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  };
}
