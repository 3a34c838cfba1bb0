import { inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../../audit/index.ts';
import { conditionFlag } from '../../../lib/sql.ts';
import { organisationName } from '../../registry/index.ts';
import { lettingVisible } from './policy.ts';
import { lettingAgreements } from './tables.ts';
import { KIND_LABELS, PRIORITY_GROUP_LABELS, STATUS_LABELS } from './words.ts';

/* The letting agreements' words in the history. */

const names: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db
    .select({
      id: lettingAgreements.id,
      kind: lettingAgreements.kind,
      organisation: organisationName(lettingAgreements.organisationId),
      open: conditionFlag(lettingVisible(actor)),
    })
    .from(lettingAgreements)
    .where(inArray(lettingAgreements.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => r.id,
    (r) => ({ name: `${KIND_LABELS[r.kind]} – ${r.organisation ?? ''}`, href: r.open ? `/udlejningsaftaler/${r.id}` : null }),
  );
};

const groups = (value: unknown) =>
  Array.isArray(value)
    ? value.map((g) => PRIORITY_GROUP_LABELS[g as keyof typeof PRIORITY_GROUP_LABELS] ?? String(g)).join(', ')
    : String(value);

export const lettingHistory: HistoryKinds = {
  letting_agreement: {
    label: 'Udlejningsaftale',
    fields: {
      organisationId: 'Boligorganisation',
      municipalityCode: 'Kommune',
      kind: 'Slags',
      sharePercent: 'Andel (%)',
      homesCount: 'Antal boliger',
      homesText: 'Boliger',
      priorityGroups: 'Fortrinsgrupper',
      estates: 'Afdelinger',
      validFrom: 'Gælder fra',
      validTo: 'Udløber',
      status: 'Status',
      submittedBy: 'Indsendt af',
      approvedBy: 'Godkendt af',
      evaluationDate: 'Evaluering',
      note: 'Bemærkning',
    },
    values: { kind: KIND_LABELS, status: STATUS_LABELS, priorityGroups: groups },
    refs: { organisationId: 'organisation', municipalityCode: 'municipality' },
    hidden: ['createdAt', 'updatedAt', 'submittedAt', 'approvedAt', 'expiryWarnedAt'],
    names,
  },
};
