import { and, eq, max } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { canManageMunicipality } from '../dialogue/index.ts';
import { ensureChecklist } from './checklist.ts';
import { checklistItems, documentationPackages, packageItems } from './tables.ts';

export interface ChecklistItemInput {
  title: string;
  description: string | null;
  required: boolean;
}

/**
 * Adds an item to the municipality's checklist, or, with an organisation, to that organisation's
 * only (a special analysis agreed last year). An organisation's open package gets it at once.
 */
export async function addChecklistItem({
  db,
  actor,
  municipalityCode,
  organisationId = null,
  openPackageOf = null,
  input,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  organisationId?: number | null;
  openPackageOf?: number | null;
  input: ChecklistItemInput;
}): Promise<void> {
  if (!canManageMunicipality(actor, municipalityCode)) throw forbidden();
  if (!input.title.trim()) throw fieldError('title', 'Skriv punktets titel.');
  await db.transaction(async (tx) => {
    await ensureChecklist(tx, municipalityCode);
    const [{ last }] = await tx
      .select({ last: max(checklistItems.position) })
      .from(checklistItems)
      .where(eq(checklistItems.municipalityCode, municipalityCode));
    const position = (last ?? 0) + 10;
    const [item] = await tx
      .insert(checklistItems)
      .values({ municipalityCode, organisationId, ...input, position })
      .returning();
    await recordAudit(tx, { actor, entityType: 'checklist_item', entityId: item.id, action: 'create', after: item });
    if (openPackageOf !== null) {
      const [pkg] = await tx.select().from(documentationPackages).where(eq(documentationPackages.dialogueId, openPackageOf));
      if (pkg && pkg.status !== 'accepteret') {
        await tx.insert(packageItems).values({
          dialogueId: openPackageOf,
          checklistItemId: item.id,
          title: item.title,
          description: item.description,
          required: item.required,
          position,
        });
      }
    }
  });
}

export interface ChecklistItemChange {
  title?: string;
  description?: string | null;
  required?: boolean;
  active?: boolean;
}

/**
 * Title, description, required or optional, active or not. Each save is a new version of the
 * item (the version guards against two people saving at once; the history keeps the old text).
 * Packages already opened keep their copy.
 */
export async function updateChecklistItem({
  db,
  actor,
  municipalityCode,
  id,
  version,
  change,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  id: number;
  version: number;
  change: ChecklistItemChange;
}): Promise<void> {
  if (!canManageMunicipality(actor, municipalityCode)) throw forbidden();
  if (change.title !== undefined && !change.title.trim()) throw fieldError('title', 'Skriv punktets titel.');
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(checklistItems)
      .where(and(eq(checklistItems.id, id), eq(checklistItems.municipalityCode, municipalityCode)));
    if (!before) throw notFound('Punktet');
    const [after] = await tx
      .update(checklistItems)
      .set({ ...change, version: version + 1, updatedAt: new Date() })
      .where(and(eq(checklistItems.id, id), eq(checklistItems.version, version)))
      .returning();
    if (!after)
      throw new AppError('conflict', 'Tjeklisten er blevet ændret af en anden, siden du åbnede siden. Genindlæs siden.', {
        field: '_form',
      });
    await recordAudit(tx, { actor, entityType: 'checklist_item', entityId: id, action: 'update', before, after });
  });
}
