import type { Db } from '../../src/db/client.ts';
import { composeSections } from '../../src/features/agreement-documents/compose.ts';
import { agreementDocumentSections, agreementDocuments } from '../../src/features/agreement-documents/tables.ts';
import {
  lettingAgreementEstates,
  lettingAgreements,
  LETTING_KINDS,
  PRIORITY_GROUPS,
} from '../../src/features/agreements/letting/tables.ts';
import { AGREEMENT_STATUSES, agreementEstates, agreements, RESPONSIBLE_SIDES } from '../../src/features/agreements/tables.ts';
import { SIDE_LABELS, STATUS_LABELS } from '../../src/features/agreements/words.ts';
import { dialogues } from '../../src/features/dialogue/tables.ts';
import { agendaItems, decisions, meetings, OUTCOMES, THEMES } from '../../src/features/meetings/tables.ts';
import { LAST_YEAR } from './model.ts';
import { Random } from './random.ts';
import { Prose } from './text.ts';

/*
 * The published side of the national data set (issue 16's bench): per organisation, the dialogue
 * meetings of its last ten or eleven governance years, held and with minutes approved by both
 * sides, their agenda items (a few closed) and decisions, the agreements of each year (some
 * concerning estates), the published aftaledokument of each year (its sections composed as the
 * feature composes them) and, for some, a letting agreement in force. Everything public by
 * src/features/publication/read.ts's definition except the closed items. Each organisation's rows
 * come from a generator seeded by its LBF number, so one municipality's share is the same whether
 * it is loaded alone or with the country. Multi-row inserts, no history: a bench filler.
 */

/** The country's totals (issue 16): 6,000 meetings, 60,000 items, 25,000 agreements, 6,000 documents. */
const MEETINGS = 6000;

export interface PublishingOrganisation {
  id: number;
  lbfNumber: number;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  estates: { id: number; number: number; name: string }[];
}

export interface PublicationCounts {
  meetings: number;
  items: number;
  decisions: number;
  agreements: number;
  documents: number;
  letting: number;
}

const CHUNK = 500;
async function insertChunked<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

const at = (year: number, month: number, day: number, hour = 10) => new Date(Date.UTC(year, month - 1, day, hour - 1));
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

type Plan = ReturnType<typeof planOrganisation>;

/** What one organisation publishes, generated without the database. */
function planOrganisation(o: PublishingOrganisation, perOrganisation: number, prose: Prose) {
  // Nearby seeds give nearly the same first numbers: spread them, and let the generator run in.
  const r = new Random(Math.imul(o.lbfNumber, 0x9e3779b1));
  r.next();
  r.next();
  const whole = Math.floor(perOrganisation);
  const count = whole + (r.chance(perOrganisation - whole) ? 1 : 0);
  const years = Array.from({ length: count }, (_, i) => LAST_YEAR - i);
  const dialogueYears = years.map((year) => {
    const startsAt = at(year, r.int(9, 11), r.int(1, 28), r.int(9, 14));
    const approvedAt = new Date(startsAt.getTime() + r.int(7, 30) * 86_400_000);
    const items = Array.from({ length: r.int(6, 14) }, (_, i) => {
      const withSections = r.chance(0.4);
      return {
        position: i + 1,
        title: prose.title(r),
        theme: r.pick(THEMES),
        text: prose.paragraph(r, 2, 8),
        closed: r.chance(0.05),
        sections: withSections
          ? { indledning: prose.paragraph(r, 1, 3), sagsfremstilling: prose.paragraph(r, 2, 6), indstilling: prose.sentence(r) }
          : {},
        notes: r.chance(0.5) ? prose.paragraph(r, 1, 3) : '',
        decision: r.chance(0.5) ? { text: prose.paragraph(r, 1, 2), outcome: r.pick(OUTCOMES) } : null,
      };
    });
    const agreementsOfYear = Array.from({ length: r.int(2, 6) + (r.chance(0.17) ? 1 : 0) }, () => ({
      theme: r.pick(THEMES),
      text: prose.paragraph(r, 1, 2),
      responsibleSide: r.pick(RESPONSIBLE_SIDES),
      deadline: isoDate(at(year + 1, r.int(1, 12), r.int(1, 28))),
      status: year === LAST_YEAR ? r.pick(['ikke_startet', 'i_gang'] as const) : r.pick(AGREEMENT_STATUSES),
      estateIds:
        o.estates.length > 0 && r.chance(0.6)
          ? [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(o.estates).id))].sort((a, b) => a - b)
          : [],
    }));
    const focus = prose.paragraph(r, 1, 3);
    return { year, startsAt, approvedAt, items, agreements: agreementsOfYear, focus, place: prose.title(r) };
  });
  const letting = r.chance(0.35)
    ? {
        kind: r.pick(LETTING_KINDS),
        sharePercent: r.int(10, 50),
        priorityGroups: [...new Set([r.pick(PRIORITY_GROUPS), r.pick(PRIORITY_GROUPS)])],
        validFrom: `${LAST_YEAR - r.int(0, 2)}-01-01`,
        validTo: `${LAST_YEAR + r.int(4, 6)}-12-31`,
        estateIds: o.estates.length ? [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(o.estates).id))] : [],
      }
    : null;
  return { organisation: o, years: dialogueYears, letting };
}

/** The aftaledokument's sections of one year, composed from the year's generated data. */
function sectionsOf(plan: Plan, y: Plan['years'][number], next: Plan['years'][number] | undefined) {
  const o = plan.organisation;
  return composeSections({
    municipalityName: o.municipalityName,
    organisationName: o.name,
    meeting: {
      startsAt: y.startsAt,
      heldOn: isoDate(y.startsAt),
      place: y.place,
      participants: [
        { name: 'Kommunens tilsyn', title: 'Fuldmægtig', side: 'municipality', present: true },
        { name: 'Boligorganisationens direktion', title: 'Direktør', side: 'organisation', present: true },
      ],
      next: next ? { startsAt: next.startsAt, place: next.place } : null,
    },
    agreements: y.agreements.map((a) => ({
      text: a.text,
      status: STATUS_LABELS[a.status],
      responsible: SIDE_LABELS[a.responsibleSide],
      deadline: a.deadline,
      estateIds: a.estateIds,
    })),
    estates: o.estates,
    focus: new Map(),
  }).map((s) => (s.key === 'fokus' ? { ...s, text: y.focus } : s));
}

/** Inserts one batch of organisations' plans. */
async function insertPlans(db: Db, plans: Plan[], counts: PublicationCounts) {
  const flat = plans.flatMap((plan) => plan.years.map((y, i) => ({ plan, y, next: plan.years[i - 1] })));
  const dialogueIds = await insertChunked(flat, (chunk) =>
    db
      .insert(dialogues)
      .values(
        chunk.map(({ plan, y }) => ({
          organisationId: plan.organisation.id,
          governanceYear: y.year,
          stage: 'offentliggjort' as const,
          meetingDate: isoDate(y.startsAt),
        })),
      )
      .returning({ id: dialogues.id }),
  );
  const meetingIds = await insertChunked(
    flat.map((f, i) => ({ ...f, dialogueId: dialogueIds[i].id })),
    (chunk) =>
      db
        .insert(meetings)
        .values(
          chunk.map(({ plan, y, dialogueId }) => ({
            kind: 'dialogmoede' as const,
            municipalityCode: plan.organisation.municipalityCode,
            organisationId: plan.organisation.id,
            dialogueId,
            title: `Styringsdialogmøde ${y.year}: ${plan.organisation.name}`,
            startsAt: y.startsAt,
            endsAt: new Date(y.startsAt.getTime() + 2 * 3_600_000),
            place: y.place,
            convenedAt: new Date(y.startsAt.getTime() - 21 * 86_400_000),
            heldAt: y.startsAt,
            minutesStatus: 'godkendt' as const,
            municipalityApprovedAt: y.approvedAt,
            municipalityApprovedBy: 'Kommunens tilsyn',
            organisationApprovedAt: y.approvedAt,
            organisationApprovedBy: 'Boligorganisationens direktion',
            createdAt: y.startsAt,
            updatedAt: y.approvedAt,
          })),
        )
        .returning({ id: meetings.id }),
  );
  const items = flat.flatMap((f, i) =>
    f.y.items.map((item) => ({ ...item, meetingId: meetingIds[i].id, decidedOn: isoDate(f.y.startsAt) })),
  );
  const itemIds = await insertChunked(items, (chunk) =>
    db
      .insert(agendaItems)
      .values(chunk.map(({ decision: _d, decidedOn: _o, ...item }) => item))
      .returning({ id: agendaItems.id }),
  );
  const decisionRows = items.flatMap((item, i) =>
    item.decision ? [{ itemId: itemIds[i].id, body: 'Styringsdialogmødet', decidedOn: item.decidedOn, ...item.decision }] : [],
  );
  await insertChunked(decisionRows, (chunk) => db.insert(decisions).values(chunk).returning({ id: decisions.id }));
  const agreementRows = flat.flatMap(({ plan, y }) =>
    y.agreements.map((a) => ({
      ...a,
      organisationId: plan.organisation.id,
      governanceYear: y.year,
      createdAt: y.startsAt,
      updatedAt: y.approvedAt,
    })),
  );
  const agreementIds = await insertChunked(agreementRows, (chunk) =>
    db
      .insert(agreements)
      .values(chunk.map(({ estateIds: _e, ...a }) => a))
      .returning({ id: agreements.id }),
  );
  const agreementEstateRows = agreementRows.flatMap((a, i) =>
    a.estateIds.map((estateId) => ({ agreementId: agreementIds[i].id, estateId })),
  );
  await insertChunked(agreementEstateRows, (chunk) =>
    db.insert(agreementEstates).values(chunk).returning({ id: agreementEstates.agreementId }),
  );
  const documentIds = await insertChunked(flat, (chunk) =>
    db
      .insert(agreementDocuments)
      .values(
        chunk.map(({ plan, y }) => {
          const published = new Date(y.approvedAt.getTime() + 14 * 86_400_000);
          return {
            organisationId: plan.organisation.id,
            municipalityCode: plan.organisation.municipalityCode,
            governanceYear: y.year,
            number: 1,
            status: 'offentliggjort' as const,
            sentAt: y.approvedAt,
            municipalityApprovedAt: published,
            municipalityApprovedBy: 'Kommunens tilsyn',
            organisationApprovedAt: published,
            organisationApprovedBy: 'Boligorganisationens direktion',
            publishedAt: published,
            publishedBy: 'Kommunens tilsyn',
            createdAt: y.approvedAt,
            updatedAt: published,
          };
        }),
      )
      .returning({ id: agreementDocuments.id }),
  );
  const sectionRows = flat.flatMap(({ plan, y, next }, i) =>
    sectionsOf(plan, y, next).map((s, position) => ({
      documentId: documentIds[i].id,
      key: s.key,
      position,
      heading: s.heading,
      text: s.text,
      generated: s.fromData,
    })),
  );
  await insertChunked(sectionRows, (chunk) =>
    db.insert(agreementDocumentSections).values(chunk).returning({ id: agreementDocumentSections.id }),
  );
  const letting = plans.flatMap((p) => (p.letting ? [{ ...p.letting, organisation: p.organisation }] : []));
  const lettingIds = await insertChunked(letting, (chunk) =>
    db
      .insert(lettingAgreements)
      .values(
        chunk.map(({ organisation, estateIds: _e, ...l }) => ({
          ...l,
          organisationId: organisation.id,
          municipalityCode: organisation.municipalityCode,
          status: 'godkendt' as const,
          approvedAt: new Date(`${l.validFrom}T09:00:00Z`),
          approvedBy: 'Kommunens tilsyn',
        })),
      )
      .returning({ id: lettingAgreements.id }),
  );
  const lettingEstateRows = letting.flatMap((l, i) => l.estateIds.map((estateId) => ({ agreementId: lettingIds[i].id, estateId })));
  await insertChunked(lettingEstateRows, (chunk) =>
    db.insert(lettingAgreementEstates).values(chunk).returning({ id: lettingAgreementEstates.agreementId }),
  );
  counts.meetings += flat.length;
  counts.items += items.length;
  counts.decisions += decisionRows.length;
  counts.agreements += agreementRows.length;
  counts.documents += flat.length;
  counts.letting += letting.length;
}

/**
 * Publishes the organisations' dialogues. `countryOrganisations`: how many organisations the
 * country has, so each gets its share of the country's 6,000 meetings whichever part is loaded.
 */
export async function loadPublication(db: Db, organisations: PublishingOrganisation[], countryOrganisations: number) {
  const prose = new Prose();
  const perOrganisation = MEETINGS / countryOrganisations;
  const counts: PublicationCounts = { meetings: 0, items: 0, decisions: 0, agreements: 0, documents: 0, letting: 0 };
  for (let i = 0; i < organisations.length; i += 20) {
    await insertPlans(
      db,
      organisations.slice(i, i + 20).map((o) => planOrganisation(o, perOrganisation, prose)),
      counts,
    );
  }
  return counts;
}
