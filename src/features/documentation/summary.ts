import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { documentationPackages, packageFiles, packageItems, type PackageStatus } from './tables.ts';

/**
 * The package in numbers. An item is complete when the supervisor has approved it, or when it has
 * at least one file and the supervisor has not marked it as lacking ("mangler"). Only required
 * items count; a dialogue not yet convened has no package: 0 of 0.
 */
export interface PackageSummary {
  status: PackageStatus | null;
  requiredTotal: number;
  requiredComplete: number;
  requiredApproved: number;
}

export const NO_PACKAGE: PackageSummary = { status: null, requiredTotal: 0, requiredComplete: 0, requiredApproved: 0 };

/**
 * The packages of the given dialogues in numbers, in one query. The caller has the dialogues
 * from a query in the actor's scope; a dialogue without a package is left out of the map.
 */
export async function packageSummaries(db: Db, dialogueIds: number[]): Promise<Map<number, PackageSummary>> {
  if (dialogueIds.length === 0) return new Map();
  const hasFile = sql`exists (select 1 from ${packageFiles} where ${packageFiles.packageItemId} = ${packageItems.id} and ${packageFiles.removedAt} is null)`;
  const rows = await db
    .select({
      dialogueId: documentationPackages.dialogueId,
      status: documentationPackages.status,
      requiredTotal: sql<number>`count(${packageItems.id}) filter (where ${packageItems.required})::int`,
      requiredApproved: sql<number>`count(${packageItems.id}) filter (where ${packageItems.required} and ${packageItems.review} = 'godkendt')::int`,
      requiredComplete: sql<number>`count(${packageItems.id}) filter (where ${packageItems.required} and (${packageItems.review} = 'godkendt' or (${packageItems.review} <> 'mangler' and ${hasFile})))::int`,
    })
    .from(documentationPackages)
    .leftJoin(packageItems, eq(packageItems.dialogueId, documentationPackages.dialogueId))
    .where(inArray(documentationPackages.dialogueId, dialogueIds))
    .groupBy(documentationPackages.dialogueId, documentationPackages.status);
  return new Map(rows.map(({ dialogueId, ...summary }) => [dialogueId, summary]));
}
