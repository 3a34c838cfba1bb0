import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { textDiff, type DiffPart } from '../../lib/text-diff.ts';
import { loadDocument, type DocumentView } from './load.ts';
import { agreementDocuments } from './tables.ts';

/* The differences between a version and the one before, per section, with the library the minutes' versions use. */

export type DiffSection = { key: string; heading: string; changed: boolean; parts: DiffPart[] };

export function diffSections(before: DocumentView['sections'], after: DocumentView['sections']): DiffSection[] {
  const keys = [...new Set([...after.map((s) => s.key), ...before.map((s) => s.key)])];
  return keys.map((key) => {
    const a = before.find((s) => s.key === key);
    const b = after.find((s) => s.key === key);
    const parts = textDiff(a?.text ?? '', b?.text ?? '');
    return { key, heading: b?.heading ?? a?.heading ?? key, changed: parts.some((p) => p.kind !== 'same'), parts };
  });
}

/** The version and the one before it, both as the actor may read them; a first version has nothing to compare. */
export async function versionDiff(db: Db, actor: Actor, id: number) {
  const d = await loadDocument(db, actor, id);
  if (d.number === 1) throw new AppError('not_found', 'Version 1 har ingen tidligere version at sammenligne med.');
  const [prev] = await db
    .select({ id: agreementDocuments.id })
    .from(agreementDocuments)
    .where(
      and(
        eq(agreementDocuments.organisationId, d.organisationId),
        eq(agreementDocuments.governanceYear, d.governanceYear),
        eq(agreementDocuments.number, d.number - 1),
      ),
    );
  if (!prev) throw new AppError('not_found', `Version ${d.number - 1} findes ikke længere.`);
  const before = await loadDocument(db, actor, prev.id);
  return { d, previous: { id: before.id, number: before.number }, sections: diffSections(before.sections, d.sections) };
}
