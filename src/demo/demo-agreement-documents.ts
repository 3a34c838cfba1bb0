import { and, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR, type Actor } from '../auth/scope.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import {
  approveDocument,
  correctDocument,
  generateDocument,
  publishDocument,
  saveSection,
  sendDocument,
} from '../features/agreement-documents/index.ts';
import { agreementDocumentSections } from '../features/agreement-documents/tables.ts';
import type { Wiring } from '../wiring.ts';

/*
 * Lejerbo Næstved's aftaledokument of 2025 (its meeting held, its dialogue published): version 1
 * generated, written, sent, approved by both parties and published; then corrected as version 2
 * (a focus point added) and published again, so the differences between versions can be shown.
 */

async function revisionOf(db: Db, documentId: number, key: string) {
  const [s] = await db
    .select({ revision: agreementDocumentSections.revision })
    .from(agreementDocumentSections)
    .where(and(eq(agreementDocumentSections.documentId, documentId), eq(agreementDocumentSections.key, key)));
  return s.revision;
}

export async function loadDemoAgreementDocuments(tx: Db, wiring: Wiring, config: Config, o: { lejerboId: number }): Promise<void> {
  const municipality = SYSTEM_ACTOR;
  const organisation: Actor = {
    userId: null,
    label: 'Lejerbo Næstved (demo)',
    role: 'organisation_editor',
    scope: { kind: 'organisation', organisationId: o.lejerboId },
    canEdit: true,
  };
  const hooks = wiring.hooks;
  const write = async (id: number, key: string, text: string) =>
    saveSection({ db: tx, actor: municipality, id, key, revision: await revisionOf(tx, id, key), text });
  const approveAndPublish = async (id: number) => {
    await sendDocument({ db: tx, actor: municipality, id, publicUrl: config.PUBLIC_URL });
    await approveDocument({ db: tx, actor: municipality, id, hooks });
    await approveDocument({ db: tx, actor: organisation, id, hooks });
    await publishDocument({ db: tx, actor: municipality, id, hooks, facts: wiring.dialogueFacts });
  };

  const v1 = await generateDocument({
    db: tx,
    actor: municipality,
    organisationId: o.lejerboId,
    year: 2025,
    hooks,
    facts: wiring.dialogueFacts,
  });
  await write(
    v1,
    'fokus',
    '- Den langsigtede vedligeholdelse på Manøvej: henlæggelserne skal op.\n- Udlejningen af de små familieboliger på Præstøvej.',
  );
  await write(v1, 'dokumentation', '- Plan for energirenovering af Manøvej');
  await approveAndPublish(v1);

  const v2 = await correctDocument({ db: tx, actor: municipality, id: v1 });
  await write(
    v2,
    'fokus',
    '- Den langsigtede vedligeholdelse på Manøvej: henlæggelserne skal op.\n- Udlejningen af de små familieboliger på Præstøvej.\n- Beboerdemokratiet: flere afdelingsmøder med fremmøde.',
  );
  await approveAndPublish(v2);
}
