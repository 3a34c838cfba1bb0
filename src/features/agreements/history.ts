import { inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { THEME_LABELS } from '../meetings/index.ts';
import { agreements } from './tables.ts';
import { COMPARATOR_LABELS, SIDE_LABELS, STATUS_LABELS } from './words.ts';

/* The agreements' words in the history. */

const excerpt = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n).trimEnd()} …` : s);

/** An agreement by the start of its text, linked to its page (which checks who may see it). */
const agreementNames: EntityNamer = async ({ db, ids }) => {
  const rows = await db
    .select({ id: agreements.id, text: agreements.text })
    .from(agreements)
    .where(inArray(agreements.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => String(r.id),
    (r) => ({ name: excerpt(r.text), href: `/aftaler/${r.id}` }),
  );
};

export const agreementsHistory: HistoryKinds = {
  agreement: {
    label: 'Aftale',
    fields: {
      governanceYear: 'År',
      theme: 'Tema',
      text: 'Aftale',
      responsibleSide: 'Ansvarlig part',
      responsiblePerson: 'Ansvarlig person',
      deadline: 'Frist',
      status: 'Status',
      decisionId: 'Beslutning',
      targetIndicator: 'Nøgletal for målet',
      targetComparator: 'Sammenligning',
      targetValue: 'Mål',
      targetYear: 'Målår',
      targetEstateId: 'Afdeling for målet',
      estateIds: 'Afdelinger',
      followUp: 'Opfølgning',
    },
    values: { theme: THEME_LABELS, responsibleSide: SIDE_LABELS, status: STATUS_LABELS, targetComparator: COMPARATOR_LABELS },
    refs: { targetEstateId: 'estate' },
    names: agreementNames,
  },
};
