import { SYSTEM_ACTOR } from '../src/auth/scope.ts';
import { makeEstate, makeForum, makeMembership, makeOrganisation, makePerson } from '../src/demo/factories.ts';
import type { Db } from '../src/db/client.ts';
import { storedFiles } from '../src/lib/file-store/index.ts';
import { agreementDocumentSections, agreementDocuments } from '../src/features/agreement-documents/tables.ts';
import { recordAudit } from '../src/features/audit/index.ts';
import { councilReportSections, councilReports } from '../src/features/council-reports/tables.ts';
import { lettingAgreementEstates, lettingAgreements } from '../src/features/agreements/letting/tables.ts';
import { agreementEstates, agreements } from '../src/features/agreements/tables.ts';
import { estateFigures } from '../src/features/key-figures/tables.ts';
import {
  agendaItemFiles,
  agendaItems,
  decisions,
  meetingParticipants,
  meetings,
  minutesComments,
} from '../src/features/meetings/tables.ts';

/*
 * One municipality's public and non-public rows, for the tests of the public surfaces (open data's
 * API and CSV, the public site, feeds, subscriptions): each non-public thing carries a unique word
 * in NEVER_PUBLIC, each public one a word the surface must show.
 */

export const SEED_CODE = '0219';

/** Words that must never appear on a public surface. */
export const NEVER_PUBLIC = [
  'Lukketpunktord', // a closed item
  'Fortroligtnoteord', // its notes
  'bilagfortroligtord.pdf', // a bilag (of an open item and of the closed one; no bilag is public)
  'Udkastdagsordenord', // a draft agenda of a meeting not held
  'Planlagtmødeord', // a meeting not held
  'Kommenteringsmødeord', // minutes not approved
  'Kommentarord', // a comment
  'deltager@kommune.dk', // e-mail addresses
  'kontakt@boligselskab.dk',
  'person@boligselskab.dk',
  '12 34 56 78', // a phone number
  'Pia Personsen', // a person (no person is public)
  'Hemmeligaftaleord', // an agreement of a dialogue whose meeting is not held
  '999 kr', // key figures of a year whose dialogue meeting is not held
  'Interntnoteord', // a letting agreement's internal note
  'fleksibel_udlejning', // an unapproved letting agreement (its kind)
  'Fleksibel udlejning',
  'Revisorhistorikord', // the actor of an audit event (the history is never public)
];

export async function seedPublicData(db: Db) {
  const code = SEED_CODE;
  const org = await makeOrganisation(db, {
    name: 'Boligselskabet Åbne Data',
    municipalityCode: code,
    email: 'kontakt@boligselskab.dk',
    createdAt: new Date('2024-01-01T00:00:00Z'),
    updatedAt: new Date('2024-06-01T00:00:00Z'),
  });
  const estate = await makeEstate(db, { organisationId: org.id, number: 3, name: 'Engparken', municipalityCode: code });
  const forum = await makeForum(db, { municipalityCode: code, name: 'Boligforum Åbne Data' });
  const person = await makePerson(db, { name: 'Pia Personsen', email: 'person@boligselskab.dk', phone: '12 34 56 78' });
  await makeMembership(db, { personId: person.id, organisationId: org.id, title: 'Formand', role: 'formand' });

  const [approved] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: code,
      organisationId: org.id,
      title: 'Styringsdialogmøde 2025 åbne data',
      startsAt: new Date('2025-10-14T08:00:00Z'),
      heldAt: new Date('2025-10-14T10:00:00Z'),
      minutesStatus: 'godkendt',
      municipalityApprovedAt: new Date('2025-10-20T10:00:00Z'),
      organisationApprovedAt: new Date('2025-10-21T10:00:00Z'),
    })
    .returning();
  const [open] = await db
    .insert(agendaItems)
    .values({ meetingId: approved.id, position: 1, title: 'Helhedsplan for Engparken', notes: 'Parterne drøftede helhedsplanen.' })
    .returning();
  const [closed] = await db
    .insert(agendaItems)
    .values({ meetingId: approved.id, position: 2, title: 'Lukketpunktord om personalesag', notes: 'Fortroligtnoteord.', closed: true })
    .returning();
  await db.insert(decisions).values({ itemId: open.id, text: 'Helhedsplanen sendes til Landsbyggefonden.' });
  await db
    .insert(meetingParticipants)
    .values({ meetingId: approved.id, name: 'Dorte Deltager', side: 'municipality', email: 'deltager@kommune.dk' });
  await db
    .insert(minutesComments)
    .values({ meetingId: approved.id, minutesVersion: 1, side: 'organisation', authorLabel: 'Org', text: 'Kommentarord' });
  const sha = 'a'.repeat(64);
  await db.insert(storedFiles).values({ sha256: sha, size: 10, mediaType: 'application/pdf' });
  await db.insert(agendaItemFiles).values([
    { itemId: open.id, sha256: sha, fileName: 'bilagfortroligtord.pdf' },
    { itemId: closed.id, sha256: sha, fileName: 'bilagfortroligtord.pdf' },
  ]);

  const [draft] = await db
    .insert(meetings)
    .values({
      kind: 'dialogmoede',
      municipalityCode: code,
      organisationId: org.id,
      title: 'Planlagtmødeord 2026',
      startsAt: new Date('2026-10-14T08:00:00Z'),
    })
    .returning();
  await db.insert(agendaItems).values({ meetingId: draft.id, position: 1, title: 'Udkastdagsordenord 2026' });
  const [joint] = await db
    .insert(meetings)
    .values({
      kind: 'faellesmoede',
      municipalityCode: code,
      title: 'Kommenteringsmødeord',
      startsAt: new Date('2025-11-01T08:00:00Z'),
      heldAt: new Date('2025-11-01T10:00:00Z'),
      minutesStatus: 'til_kommentering',
    })
    .returning();

  const [a2025] = await db
    .insert(agreements)
    .values({
      organisationId: org.id,
      governanceYear: 2025,
      theme: 'vedligeholdelse',
      text: 'Helhedsplan for Engparken søges',
      responsibleSide: 'begge',
      status: 'i_gang',
      responsiblePerson: 'Pia Personsen',
    })
    .returning();
  const [a2026] = await db
    .insert(agreements)
    .values({ organisationId: org.id, governanceYear: 2026, theme: 'oekonomi', text: 'Hemmeligaftaleord 2026', responsibleSide: 'kommune' })
    .returning();
  await db.insert(agreementEstates).values([
    { agreementId: a2025.id, estateId: estate.id },
    { agreementId: a2026.id, estateId: estate.id },
  ]);
  await db.insert(estateFigures).values([
    { estateId: estate.id, year: 2025, values: { henlaeggelser: 150 } },
    { estateId: estate.id, year: 2026, values: { henlaeggelser: 999 } },
  ]);
  const [inForce] = await db
    .insert(lettingAgreements)
    .values({
      organisationId: org.id,
      municipalityCode: code,
      kind: 'kommunal_anvisning',
      sharePercent: 25,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'godkendt',
      note: 'Interntnoteord',
    })
    .returning();
  const [unapproved] = await db
    .insert(lettingAgreements)
    .values({
      organisationId: org.id,
      municipalityCode: code,
      kind: 'fleksibel_udlejning',
      sharePercent: 77,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      status: 'indsendt',
    })
    .returning();
  await db.insert(lettingAgreementEstates).values([
    { agreementId: inForce.id, estateId: estate.id },
    { agreementId: unapproved.id, estateId: estate.id },
  ]);
  await recordAudit(db, {
    actor: { ...SYSTEM_ACTOR, label: 'Revisorhistorikord' },
    entityType: 'organisation',
    entityId: org.id,
    action: 'update',
    summary: 'Navn ændret',
  });
  return {
    code,
    org: org.id,
    estate: estate.id,
    forum: forum.id,
    approved: approved.id,
    draft: draft.id,
    joint: joint.id,
    agreement: a2025.id,
    hidden: a2026.id,
  };
}

/** Words of aftaledokumenter and council reports that must never appear on a public surface. */
export const NEVER_PUBLIC_DOCUMENTS = {
  draft: 'Udkastaftaledokumentord', // an aftaledokument in draft
  sent: 'Sendtaftaledokumentord', // sent to the organisation, not approved
  approved: 'Godkendtuoffentliggjortord', // approved by both parties, not published
  report: 'Udkastredegoerelsesord', // a council report in draft
  approver: 'Godkendt Godkendersen', // who approved (a person)
};
/** Words of the published aftaledokument's two versions and the approved council report: public. */
export const PUBLIC_DOCUMENTS = { v1: 'Foersteversionsord', v2: 'Andenversionsord', report: 'Vedtagetredegoerelsesord' };

/** Aftaledokumenter in every status and council reports approved and not, for an organisation of seedPublicData. */
export async function seedPublicDocuments(db: Db, organisationId: number, code = SEED_CODE) {
  const N = NEVER_PUBLIC_DOCUMENTS;
  const doc = async (year: number, number: number, status: 'udkast' | 'sendt' | 'godkendt' | 'offentliggjort', word: string) => {
    const approved = status === 'godkendt' || status === 'offentliggjort';
    const [d] = await db
      .insert(agreementDocuments)
      .values({
        organisationId,
        municipalityCode: code,
        governanceYear: year,
        number,
        status,
        sentAt: status === 'udkast' ? null : new Date('2025-11-01T10:00:00Z'),
        municipalityApprovedAt: approved ? new Date('2025-11-10T10:00:00Z') : null,
        municipalityApprovedBy: approved ? N.approver : null,
        organisationApprovedAt: approved ? new Date('2025-11-11T10:00:00Z') : null,
        organisationApprovedBy: approved ? N.approver : null,
        publishedAt: status === 'offentliggjort' ? new Date(`2025-11-1${number + 1}T10:00:00Z`) : null,
        publishedBy: status === 'offentliggjort' ? N.approver : null,
      })
      .returning();
    await db.insert(agreementDocumentSections).values([
      { documentId: d.id, key: 'indledning', position: 1, heading: 'Indledning', text: `Aftalen for ${year}. ${word}.`, generated: false },
      {
        documentId: d.id,
        key: 'aftaler',
        position: 2,
        heading: 'Aftaler og mål',
        text: '- Helhedsplan for Engparken søges',
        generated: true,
      },
    ]);
    return d.id;
  };
  const v1 = await doc(2025, 1, 'offentliggjort', PUBLIC_DOCUMENTS.v1);
  const v2 = await doc(2025, 2, 'offentliggjort', PUBLIC_DOCUMENTS.v2);
  const draft = await doc(2025, 3, 'udkast', N.draft);
  const sent = await doc(2024, 1, 'sendt', N.sent);
  const approved = await doc(2023, 1, 'godkendt', N.approved);

  const report = async (year: number, status: 'udkast' | 'godkendt', word: string) => {
    const [r] = await db
      .insert(councilReports)
      .values({
        municipalityCode: code,
        governanceYear: year,
        status,
        approvedOn: status === 'godkendt' ? '2026-03-02' : null,
        approvedBy: status === 'godkendt' ? N.approver : null,
      })
      .returning();
    await db.insert(councilReportSections).values([
      {
        reportId: r.id,
        key: 'indledning',
        position: 1,
        heading: 'Indledning',
        text: `Redegørelsen for ${year}. ${word}.`,
        generated: false,
      },
    ]);
  };
  await report(2025, 'godkendt', PUBLIC_DOCUMENTS.report);
  await report(2026, 'udkast', N.report);
  return { v1, v2, draft, sent, approved };
}
