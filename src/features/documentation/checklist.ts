import { and, asc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisationName } from '../registry/index.ts';
import { checklistItems } from './tables.ts';

/** The KL/BL guide's documentation package (seed 004): the minimum first, then what is usually added. */
export const GUIDE_ITEMS: { title: string; description: string; required: boolean }[] = [
  {
    title: 'Styringsrapport med bilag',
    description: 'Fra Landsbyggefondens portal, med boligorganisationens vurderinger.',
    required: true,
  },
  { title: 'Regnskab', description: 'Boligorganisationens årsregnskab for det seneste regnskabsår.', required: true },
  { title: 'Årsberetning', description: 'Bestyrelsens beretning for året.', required: true },
  { title: 'Revisionsprotokollat', description: 'Revisors protokollat til regnskabet.', required: true },
  { title: 'Status på sidste års aftaledokument', description: 'Er målene fra sidste års aftaler nået?', required: false },
  { title: 'Budget og langtidsbudget', description: 'Afdelingernes budgetter og langtidsbudgetter.', required: false },
  { title: 'Evalueringer af indsatser', description: 'Fx boligsociale indsatser og helhedsplaner.', required: false },
  { title: 'Beboerundersøgelser', description: 'Tilfredshedsundersøgelser blandt beboerne.', required: false },
  {
    title: 'Særlige analyser aftalt sidste år',
    description: 'Ekstra dokumentation, parterne aftalte ved sidste styringsdialog.',
    required: false,
  },
  { title: 'Afdelingsskemaer', description: 'Oplysningsskema pr. afdeling.', required: false },
];

const hasChecklist = async (tx: Db, municipalityCode: string) =>
  (await tx.select({ id: checklistItems.id }).from(checklistItems).where(eq(checklistItems.municipalityCode, municipalityCode)).limit(1))
    .length > 0;

/**
 * A municipality's checklist, created from the guide the first time anyone needs it. Call it in a
 * transaction: two first uses at once (two dialogues convened together) wait on a lock per
 * municipality, so the guide's items are written once.
 */
export async function ensureChecklist(tx: Db, municipalityCode: string): Promise<void> {
  if (await hasChecklist(tx, municipalityCode)) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`checklist:${municipalityCode}`}))`);
  if (await hasChecklist(tx, municipalityCode)) return;
  await tx.insert(checklistItems).values(GUIDE_ITEMS.map((item, i) => ({ ...item, municipalityCode, position: (i + 1) * 10 })));
}

/** The active items that apply to one organisation: the municipality's and its own. */
export async function checklistFor(tx: Db, municipalityCode: string, organisationId: number) {
  await ensureChecklist(tx, municipalityCode);
  return tx
    .select()
    .from(checklistItems)
    .where(
      and(
        eq(checklistItems.municipalityCode, municipalityCode),
        eq(checklistItems.active, true),
        or(isNull(checklistItems.organisationId), eq(checklistItems.organisationId, organisationId)),
      ),
    )
    .orderBy(asc(checklistItems.position), asc(checklistItems.id));
}

/** The municipality's own checklist (not the organisations' extra items), for its settings page. */
export async function municipalChecklist(db: Db, municipalityCode: string) {
  await db.transaction((tx) => ensureChecklist(tx, municipalityCode));
  return db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.municipalityCode, municipalityCode), isNull(checklistItems.organisationId)))
    .orderBy(asc(checklistItems.position), asc(checklistItems.id));
}

/** Items the municipality added for single organisations (shown on its checklist page, with the organisation). */
export async function organisationChecklistItems(db: Db, municipalityCode: string) {
  return db
    .select({ item: checklistItems, organisationName: sql<string>`${organisationName(checklistItems.organisationId)}` })
    .from(checklistItems)
    .where(and(eq(checklistItems.municipalityCode, municipalityCode), isNotNull(checklistItems.organisationId)))
    .orderBy(asc(organisationName(checklistItems.organisationId)), asc(checklistItems.position), asc(checklistItems.id));
}

/** One item of a municipality's checklist (its own or one organisation's), or undefined. */
export async function getChecklistItem(db: Db, municipalityCode: string, id: number) {
  const [row] = await db
    .select({ item: checklistItems, organisationName: organisationName(checklistItems.organisationId) })
    .from(checklistItems)
    .where(and(eq(checklistItems.id, id), eq(checklistItems.municipalityCode, municipalityCode)));
  return row;
}

/** The active items a municipality added for one organisation, in order: proposed for its next dialogue meeting's agenda. */
export async function extraChecklistTitles(db: Db, organisationId: number): Promise<{ title: string }[]> {
  return db
    .select({ title: checklistItems.title })
    .from(checklistItems)
    .where(and(eq(checklistItems.organisationId, organisationId), eq(checklistItems.active, true)))
    .orderBy(asc(checklistItems.position));
}
