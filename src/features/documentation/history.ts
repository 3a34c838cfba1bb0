import { eq, inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityName, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { canManageMunicipality, partyDialogues } from '../dialogue/index.ts';
import { municipalityName } from '../registry/index.ts';
import { checklistItems, packageFiles, packageItems } from './tables.ts';

/* The documentation package's words in the history: the package, its items and files, and the municipality's checklist. */

export const PACKAGE_STATUS_LABELS = {
  aaben: 'Åben',
  indsendt: 'Indsendt til kommunen',
  returneret: 'Sendt retur',
  accepteret: 'Godkendt af kommunen',
} as const;
export const ITEM_REVIEW_LABELS = { afventer: 'Afventer', godkendt: 'Godkendt', mangler: 'Mangler' } as const;

const packagePath = (organisationId: number, year: number) =>
  `/boligorganisationer/${organisationId}/styringsdialog/${year}/dokumentationspakke`;

/**
 * Names of things that belong to one package, keyed by `key`, with the package's dialogue found
 * through `dialogueId`: linked to the package page for the dialogue's parties.
 */
function namesInPackages<R extends { key: number; dialogueId: number; label: string }>(
  load: (db: Parameters<EntityNamer>[0]['db'], ids: number[]) => Promise<R[]> | R[],
): EntityNamer {
  return async ({ db, actor, ids }) => {
    const rows = await load(db, numericIds(ids));
    if (rows.length === 0) return new Map<string, EntityName>();
    const party = partyDialogues(db, actor);
    const dialogues = await db
      .select({ id: party.dialogueId, year: party.year, organisationId: party.organisationId, organisation: party.organisationName })
      .from(party)
      .where(
        inArray(
          party.dialogueId,
          rows.map((r) => r.dialogueId),
        ),
      );
    const byId = new Map(dialogues.map((d) => [d.id, d]));
    return nameMap(
      rows,
      (r) => r.key,
      (r) => {
        const d = byId.get(r.dialogueId);
        return { name: d ? `${r.label} (${d.organisation} ${d.year})` : r.label, href: d ? packagePath(d.organisationId, d.year) : null };
      },
    );
  };
}

// A package's key is its dialogue's id: its name needs no query of its own.
const packageNames = namesInPackages((_db, ids) => ids.map((id) => ({ key: id, dialogueId: id, label: 'Dokumentationspakke' })));

const itemNames = namesInPackages((db, ids) =>
  db
    .select({ key: packageItems.id, dialogueId: packageItems.dialogueId, label: packageItems.title })
    .from(packageItems)
    .where(inArray(packageItems.id, ids)),
);

const fileNames = namesInPackages((db, ids) =>
  db
    .select({ key: packageFiles.id, dialogueId: packageItems.dialogueId, label: packageFiles.fileName })
    .from(packageFiles)
    .innerJoin(packageItems, eq(packageItems.id, packageFiles.packageItemId))
    .where(inArray(packageFiles.id, ids)),
);

const checklistNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({
      id: checklistItems.id,
      title: checklistItems.title,
      code: checklistItems.municipalityCode,
      municipality: municipalityName(checklistItems.municipalityCode),
    })
    .from(checklistItems)
    .where(inArray(checklistItems.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({
      name: `${r.title} (${r.municipality})`,
      href: canManageMunicipality(actor, r.code) ? `/kommuner/${r.code}/dokumentationspakke/${r.id}/rediger` : null,
    }),
  );
};

const ITEM_FIELDS = { title: 'Titel', description: 'Beskrivelse', required: 'Påkrævet' };

export const documentationHistory: HistoryKinds = {
  documentation_package: {
    label: 'Dokumentationspakke',
    fields: { status: 'Status', submittedAt: 'Indsendt', decidedAt: 'Afgjort af kommunen' },
    values: { status: PACKAGE_STATUS_LABELS },
    hidden: ['dialogueId'],
    names: packageNames,
  },
  package_item: {
    label: 'Punkt i dokumentationspakke',
    fields: { ...ITEM_FIELDS, review: 'Vurdering', reviewNote: 'Kommunens bemærkning', reviewedAt: 'Vurderet', reviewedBy: 'Vurderet af' },
    values: { review: ITEM_REVIEW_LABELS },
    refs: { reviewedBy: 'user' },
    hidden: ['dialogueId', 'checklistItemId', 'position'],
    names: itemNames,
  },
  package_file: {
    label: 'Fil i dokumentationspakke',
    fields: { fileName: 'Filnavn' },
    hidden: ['packageItemId', 'sha256', 'uploadedBy', 'uploadedAt', 'textContent', 'search'],
    names: fileNames,
  },
  checklist_item: {
    label: 'Punkt på kommunens tjekliste',
    fields: { ...ITEM_FIELDS, active: 'Aktiv', municipalityCode: 'Kommune', organisationId: 'Kun for boligorganisation' },
    refs: { municipalityCode: 'municipality', organisationId: 'organisation' },
    hidden: ['position'],
    names: checklistNames,
  },
};
