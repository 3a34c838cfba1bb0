import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { danishParts, danishToday } from '../../lib/copenhagen-time.ts';
import { notFoundOrHidden } from '../../lib/errors.ts';
import { dialogueYear } from '../dialogue/index.ts';
import { meetingVisible } from './policy.ts';
import { agendaItems, decisions, meetings, type Theme } from './tables.ts';

/** A decision of a dialogue meeting as another feature makes something of it (an agreement): its text, item theme, organisation and year. */
export interface DecisionSource {
  decisionId: number;
  meetingId: number;
  itemId: number;
  text: string;
  theme: Theme | null;
  organisationId: number;
  municipalityCode: string;
  year: number;
}

/** The decision if the actor may see its meeting and it is a bilateral dialogue meeting's; else 404. */
export async function decisionSource(db: Db, actor: Actor, decisionId: number): Promise<DecisionSource> {
  const [row] = await db
    .select({
      decisionId: decisions.id,
      meetingId: meetings.id,
      itemId: agendaItems.id,
      text: decisions.text,
      theme: agendaItems.theme,
      organisationId: meetings.organisationId,
      municipalityCode: meetings.municipalityCode,
      dialogueYear: dialogueYear(meetings.dialogueId),
      startsAt: meetings.startsAt,
    })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(decisions.id, decisionId), meetingVisible(actor)));
  if (!row || row.organisationId === null) throw notFoundOrHidden('Beslutningen');
  // The same year the meeting's agenda proposals use: its dialogue's, else the year it is held.
  const year = row.dialogueYear ?? Number((row.startsAt ? danishParts(row.startsAt).date : danishToday()).slice(0, 4));
  const { dialogueYear: _y, startsAt: _s, ...rest } = row;
  return { ...rest, organisationId: row.organisationId, year };
}
