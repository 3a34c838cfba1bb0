import { type Column, type SQL, and, asc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { publicSearchColumns } from '../../lib/public-search-row.ts';
import { outer } from '../../lib/sql.ts';
import { THEME_LABELS } from '../meetings/index.ts';
import { organisationName, organisationSeatCode, supervisedOrganisationIds } from '../registry/index.ts';
import { lettingAgreementEstates, lettingAgreements } from './letting/tables.ts';
import { KIND_LABELS, PRIORITY_GROUP_LABELS } from './letting/words.ts';
import { agreementEstates, agreements, agreementSearchDocument } from './tables.ts';
import { SIDE_LABELS, STATUS_LABELS } from './words.ts';

/*
 * What the agreements feature lets the public site read, with no actor. The caller (the
 * publication feature) says which governance years are public (those whose dialogue meeting is
 * held); letting agreements are public when approved and in force today. Internal notes, the
 * responsible person, follow-up notes and the status history are never selected.
 */

const estateIdsOf = sql<
  number[]
>`coalesce((select array_agg(${agreementEstates.estateId} order by ${agreementEstates.estateId}) from ${agreementEstates} where ${agreementEstates.agreementId} = ${agreements.id}), '{}')`;

/** What the public may read of an agreement: never the responsible person, notes or history. */
const publicColumns = {
  id: agreements.id,
  year: agreements.governanceYear,
  theme: agreements.theme,
  text: agreements.text,
  responsibleSide: agreements.responsibleSide,
  deadline: agreements.deadline,
  status: agreements.status,
  estateIds: estateIdsOf,
  createdAt: agreements.createdAt,
  updatedAt: agreements.updatedAt,
};
type PublicColumns = {
  theme: keyof typeof THEME_LABELS;
  responsibleSide: keyof typeof SIDE_LABELS;
  status: keyof typeof STATUS_LABELS;
  estateIds: number[];
};
const withLabels = <R extends PublicColumns>(r: R) => ({
  ...r,
  themeLabel: THEME_LABELS[r.theme],
  responsibleLabel: SIDE_LABELS[r.responsibleSide],
  statusLabel: STATUS_LABELS[r.status],
  estateIds: r.estateIds.map(Number),
});

/** The organisation's agreements of the years given (or those concerning one estate), by year and theme. */
export async function agreementsOfYears(db: Db, input: { organisationId: number; years: number[]; estateId?: number }) {
  if (input.years.length === 0) return [];
  const rows = await db
    .select({
      ...publicColumns,
    })
    .from(agreements)
    .where(
      and(
        eq(agreements.organisationId, input.organisationId),
        inArray(agreements.governanceYear, input.years),
        input.estateId === undefined
          ? undefined
          : or(
              eq(agreements.targetEstateId, input.estateId),
              sql`exists (select 1 from ${agreementEstates} where ${agreementEstates.agreementId} = ${agreements.id} and ${agreementEstates.estateId} = ${input.estateId})`,
            ),
      ),
    )
    .orderBy(asc(agreements.governanceYear), asc(agreements.theme), asc(agreements.id));
  return rows.map(withLabels);
}

/**
 * The agreements of a municipality's organisations (those it supervises) of the years the caller
 * says are public, with the organisation's name: the open data's Papers, in one query however
 * many organisations. `isPublic` as for the public search's source below.
 */
export async function publicAgreementsOfMunicipality(
  db: Db,
  municipalityCode: string,
  isPublic: { year: (organisationId: SQL, year: SQL) => SQL; organisation: (organisationId: SQL) => SQL },
) {
  const rows = await db
    .select({
      ...publicColumns,
      organisationId: agreements.organisationId,
      organisationName: organisationName(agreements.organisationId),
    })
    .from(agreements)
    .where(
      and(
        sql`${agreements.organisationId} in ${supervisedOrganisationIds(municipalityCode)}`,
        isPublic.organisation(outer(agreements.organisationId)),
        isPublic.year(outer(agreements.organisationId), outer(agreements.governanceYear)),
      ),
    )
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
  return rows.map((r) => ({ ...withLabels(r), organisationName: String(r.organisationName) }));
}

/** Approved letting agreements in force today, of a municipality (where the estates lie) or of an organisation, with their estates' ids. */
export async function lettingAgreementsInForce(
  db: Db,
  filter: { municipalityCode: string } | { organisationId: number },
  today = danishToday(),
) {
  const rows = await db
    .select({
      id: lettingAgreements.id,
      organisationId: lettingAgreements.organisationId,
      municipalityCode: lettingAgreements.municipalityCode,
      kind: lettingAgreements.kind,
      sharePercent: lettingAgreements.sharePercent,
      homesCount: lettingAgreements.homesCount,
      priorityGroups: lettingAgreements.priorityGroups,
      validFrom: lettingAgreements.validFrom,
      validTo: lettingAgreements.validTo,
      createdAt: lettingAgreements.createdAt,
      updatedAt: lettingAgreements.updatedAt,
      estateIds: sql<
        number[]
      >`coalesce((select array_agg(${lettingAgreementEstates.estateId} order by ${lettingAgreementEstates.estateId}) from ${lettingAgreementEstates} where ${lettingAgreementEstates.agreementId} = ${lettingAgreements.id}), '{}')`,
    })
    .from(lettingAgreements)
    .where(
      and(
        eq(lettingAgreements.status, 'godkendt'),
        lte(lettingAgreements.validFrom, today),
        gte(lettingAgreements.validTo, today),
        'municipalityCode' in filter
          ? eq(lettingAgreements.municipalityCode, filter.municipalityCode)
          : eq(lettingAgreements.organisationId, filter.organisationId),
      ),
    )
    .orderBy(asc(lettingAgreements.validTo), asc(lettingAgreements.id));
  return rows.map((r) => ({
    ...r,
    kindLabel: KIND_LABELS[r.kind],
    priorityLabels: r.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]),
    estateIds: r.estateIds.map(Number),
  }));
}

const labelOf = (column: SQL | Column, labels: Record<string, string>) =>
  sql`(case ${column} ${sql.join(
    Object.entries(labels).map(([k, v]) => sql`when ${k} then ${v}`),
    sql` `,
  )} end)`;

/**
 * The public search's source of agreements: those of years the caller says are public
 * (`yearIsPublic`, the publication's "dialogue meeting held") of organisations it says are public,
 * by their text and theme. The responsible person and the status history are never read.
 */
export function publicAgreementsSearchSource(
  query: SQL,
  isPublic: { year: (organisationId: SQL, year: SQL) => SQL; organisation: (organisationId: SQL) => SQL },
): SQL {
  // The text by its index; the theme's name (a handful of labels) by the themes whose name matches.
  const doc = agreementSearchDocument(outer(agreements.text));
  const themes = sql`array(select code from (values ${sql.join(
    Object.entries(THEME_LABELS).map(([code, label]) => sql`(${code}, ${label})`),
    sql`, `,
  )}) as t(code, label) where to_tsvector('danish', label) @@ ${query})`;
  const columns = publicSearchColumns({
    kind: 'aftale',
    id: outer(agreements.id),
    municipalityCode: organisationSeatCode(outer(agreements.organisationId)),
    organisationId: outer(agreements.organisationId),
    year: outer(agreements.governanceYear),
    theme: outer(agreements.theme),
    title: labelOf(outer(agreements.theme), THEME_LABELS),
    context: labelOf(outer(agreements.status), STATUS_LABELS),
    body: outer(agreements.text),
    rank: sql`ts_rank(${doc}, ${query}) + case when ${outer(agreements.theme)}::text = any(${themes}) then 0.1 else 0 end`,
  });
  return sql`select ${columns} from ${agreements}
    where ${isPublic.organisation(outer(agreements.organisationId))}
      and ${isPublic.year(outer(agreements.organisationId), outer(agreements.governanceYear))}
      and ${outer(agreements.id)} in (select ${agreements.id} from ${agreements} where ${agreementSearchDocument(agreements.text)} @@ ${query}
        union select ${agreements.id} from ${agreements} where ${agreements.theme}::text = any(${themes}))`;
}

/** The public search's source of letting agreements approved and in force today, by their kind, homes and priority groups. */
export function publicLettingSearchSource(
  query: SQL,
  isPublic: { organisation: (organisationId: SQL) => SQL },
  today = danishToday(),
): SQL {
  const groups = sql`(select string_agg(${labelOf(sql`g`, PRIORITY_GROUP_LABELS)}, ' ') from unnest(${outer(lettingAgreements.priorityGroups)}) as g)`;
  const text = sql`concat_ws(' ', ${labelOf(outer(lettingAgreements.kind), KIND_LABELS)}, ${outer(lettingAgreements.homesText)}, ${groups})`;
  const doc = sql`to_tsvector('danish', ${text})`;
  const columns = publicSearchColumns({
    kind: 'udlejningsaftale',
    id: outer(lettingAgreements.id),
    municipalityCode: outer(lettingAgreements.municipalityCode),
    organisationId: outer(lettingAgreements.organisationId),
    year: sql`extract(year from ${outer(lettingAgreements.validFrom)})`,
    title: labelOf(outer(lettingAgreements.kind), KIND_LABELS),
    context: organisationName(outer(lettingAgreements.organisationId)),
    body: text,
    rank: sql`ts_rank(${doc}, ${query})`,
    date: outer(lettingAgreements.validFrom),
  });
  return sql`select ${columns} from ${lettingAgreements}
    where ${outer(lettingAgreements.status)} = 'godkendt' and ${outer(lettingAgreements.validFrom)} <= ${today}
      and ${outer(lettingAgreements.validTo)} >= ${today} and ${isPublic.organisation(outer(lettingAgreements.organisationId))}
      and ${doc} @@ ${query}`;
}
