import { eq, inArray } from 'drizzle-orm';
import { countNoun } from '../../lib/plural.ts';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { municipalityName, organisationName } from '../registry/index.ts';
import { DEADLINE_KINDS, DEADLINE_LABELS, type DeadlineRules } from './deadlines.ts';
import { partyDialogues } from './expressions.ts';
import { FREQUENCY_LABELS } from './frequency.ts';
import { canSeeMunicipalityDialogues } from './policy.ts';
import { STAGE_LABELS } from './stages.ts';
import { dialogueSettings, dialogues } from './tables.ts';

/* The dialogue's words in the history: the dialogue, the årshjul settings, and the frequency recorded on the organisation. */

/** "Styringsdialog 2026, Lejerbo Næstved", linked for those who are a party to it. */
const dialogueNames: EntityNamer = async ({ db, actor, ids }) => {
  const party = partyDialogues(db, actor);
  const rows = await db
    .select({
      id: dialogues.id,
      year: dialogues.governanceYear,
      organisationId: dialogues.organisationId,
      organisation: organisationName(dialogues.organisationId),
      party: party.dialogueId,
    })
    .from(dialogues)
    .leftJoin(party, eq(party.dialogueId, dialogues.id))
    .where(inArray(dialogues.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({
      name: `${r.organisation ?? 'Ukendt boligorganisation'} ${r.year}`,
      href: r.party !== null ? `/boligorganisationer/${r.organisationId}/styringsdialog/${r.year}` : null,
    }),
  );
};

const settingsNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({ code: dialogueSettings.municipalityCode, name: municipalityName(dialogueSettings.municipalityCode) })
    .from(dialogueSettings)
    .where(inArray(dialogueSettings.municipalityCode, ids));
  return nameMap(
    rows,
    (r) => r.code,
    (r) => ({ name: r.name, href: canSeeMunicipalityDialogues(actor, r.code) ? `/kommuner/${r.code}/aarshjul/indstillinger` : null }),
  );
};

/** A municipality's rules for its deadlines, in words: "Dokumentationspakke indsendt: 10 måneder efter regnskabsåret, den 15." */
export function rulesText(value: unknown): string {
  const rules = (value ?? {}) as DeadlineRules;
  const parts = DEADLINE_KINDS.flatMap((kind) => {
    const common = rules.commonDates?.[kind];
    if (common) return [`${DEADLINE_LABELS[kind]}: fælles dato ${Number(common.slice(3))}/${Number(common.slice(0, 2))}`];
    const offset = kind === 'faellesmoede' ? undefined : rules.offsets?.[kind];
    if (!offset) return [];
    const day = offset.day === 'last' ? 'sidste dag i måneden' : `den ${offset.day}.`;
    return [`${DEADLINE_LABELS[kind]}: ${countNoun(offset.months, 'måned', 'måneder')} efter regnskabsåret, ${day}`];
  });
  return parts.length ? parts.join('; ') : 'vejledningens frister';
}

export const dialogueHistory: HistoryKinds = {
  dialogue: {
    label: 'Styringsdialog',
    fields: { organisationId: 'Boligorganisation', governanceYear: 'År', stage: 'Fase', meetingDate: 'Mødedato' },
    values: { stage: STAGE_LABELS },
    refs: { organisationId: 'organisation' },
    // The stage's time is the row's own time.
    hidden: ['stageChangedAt'],
    names: dialogueNames,
  },
  dialogue_settings: {
    label: 'Årshjulets indstillinger',
    fields: { municipalityCode: 'Kommune', rules: 'Frister', reminderDaysBefore: 'Påmindelse, dage før fristen' },
    values: { rules: rulesText },
    refs: { municipalityCode: 'municipality' },
    names: settingsNames,
  },
  // How often the organisation has its dialogue is recorded on the organisation.
  organisation: {
    fields: { frequency: 'Styringsdialog hvor ofte', fromYear: 'Fra år', reason: 'Begrundelse' },
    values: { frequency: FREQUENCY_LABELS },
    hidden: ['organisationId'],
  },
};
