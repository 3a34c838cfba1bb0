import { inArray } from 'drizzle-orm';
import { conditionFlag } from '../../lib/sql.ts';
import { formatDate } from '../../ui/format.ts';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { KIND_LABELS, MINUTES_STATUS_LABELS, OUTCOME_LABELS, SECTION_LABELS, SIDE_LABELS, THEME_LABELS } from './labels.ts';
import { meetingVisible } from './policy.ts';
import { meetings } from './tables.ts';

/*
 * The meeting's words in the history. Everything done to a meeting — its items, decisions,
 * action items, participants, attachments and minutes — is recorded on the meeting, so one
 * kind carries the fields of all of them.
 */

const meetingNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, open: conditionFlag(meetingVisible(actor)) })
    .from(meetings)
    .where(inArray(meetings.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: r.startsAt ? `${r.title}, ${formatDate(r.startsAt)}` : r.title, href: r.open ? `/moeder/${r.id}` : null }),
  );
};

/** An item's formal sections by their Danish headings. */
function sectionsText(value: unknown): string {
  const sections = (value ?? {}) as Record<string, string>;
  return Object.keys(sections)
    .filter((k) => sections[k])
    .map((k) => SECTION_LABELS[k as keyof typeof SECTION_LABELS] ?? k)
    .join(', ');
}

export const meetingsHistory: HistoryKinds = {
  meeting: {
    label: 'Møde',
    fields: {
      // The meeting
      kind: 'Mødetype',
      title: 'Titel',
      startsAt: 'Starter',
      endsAt: 'Slutter',
      place: 'Sted',
      convenedAt: 'Indkaldt',
      heldAt: 'Afholdt',
      minutesStatus: 'Referat',
      minutesVersion: 'Referatets version',
      municipalityApprovedAt: 'Godkendt af kommunen',
      municipalityApprovedBy: 'Godkendt for kommunen af',
      organisationApprovedAt: 'Godkendt af boligorganisationen',
      organisationApprovedBy: 'Godkendt for boligorganisationen af',
      importedFrom: 'Importeret fra filen',
      // What an import brought, counted
      participants: 'Deltagere',
      items: 'Punkter',
      decisions: 'Beslutninger',
      actions: 'Opfølgningspunkter',
      // Participants
      name: 'Navn',
      side: 'Side',
      email: 'E-mail',
      present: 'Til stede',
      // Items
      theme: 'Tema',
      text: 'Tekst',
      notes: 'Referat af punktet',
      closed: 'Lukket punkt',
      caseNumber: 'Sagsnummer',
      decidingBody: 'Sagen afgøres i',
      sections: 'Afsnit',
      absent: 'Fraværende',
      // Decisions and action items
      body: 'Besluttet af',
      decidedOn: 'Besluttet den',
      outcome: 'Udfald',
      votesFor: 'Stemmer for',
      votesAgainst: 'Stemmer imod',
      votesAbstain: 'Undlod at stemme',
      partiesFor: 'Partier for',
      partiesAgainst: 'Partier imod',
      partiesAbstain: 'Partier, der undlod',
      responsible: 'Ansvarlig',
      due: 'Frist',
      doneAt: 'Udført',
      doneNote: 'Bemærkning til udførelsen',
    },
    values: {
      kind: KIND_LABELS,
      minutesStatus: MINUTES_STATUS_LABELS,
      side: SIDE_LABELS,
      theme: THEME_LABELS,
      outcome: OUTCOME_LABELS,
      sections: sectionsText,
    },
    // Whose meeting it is never changes after it is created, and the meeting's page says it: its
    // municipality, organisation, forum and dialogue are left out rather than looked up by name.
    hidden: [
      'municipalityCode',
      'organisationId',
      'dialogueId',
      'forumId',
      'meetingId',
      'itemId',
      'parentId',
      'position',
      'source',
      'search',
    ],
    names: meetingNames,
  },
};
