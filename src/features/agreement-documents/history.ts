import { inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { organisationName } from '../registry/index.ts';
import { agreementDocuments } from './tables.ts';
import { DOCUMENT_STATUS_LABELS } from './words.ts';

/* The aftaledokument's words in the history (decision 012). */

/** A version by its year, number and organisation, linked to its page (which checks who may read it). */
const documentNames: EntityNamer = async ({ db, ids }) => {
  const rows = await db
    .select({
      id: agreementDocuments.id,
      year: agreementDocuments.governanceYear,
      number: agreementDocuments.number,
      org: organisationName(agreementDocuments.organisationId),
    })
    .from(agreementDocuments)
    .where(inArray(agreementDocuments.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => String(r.id),
    (r) => ({ name: `Aftaledokument ${r.year}, version ${r.number} (${r.org ?? 'ukendt'})`, href: `/aftaledokumenter/${r.id}` }),
  );
};

export const agreementDocumentsHistory: HistoryKinds = {
  agreement_document: {
    label: 'Aftaledokument',
    fields: {
      organisationId: 'Boligorganisation',
      governanceYear: 'År',
      number: 'Version',
      status: 'Status',
      municipalityApprovedBy: 'Godkendt for kommunen af',
      organisationApprovedBy: 'Godkendt for boligorganisationen af',
      section_moede: 'Mødet og deltagerne',
      section_fokus: 'Fokuspunkter',
      section_aftaler: 'Aftaler og mål',
      section_afdelinger: 'Afdelingerne',
      section_noegletal: 'Nøgletal bag røde afdelinger',
      section_dokumentation: 'Ekstra dokumentation',
      section_naeste_moede: 'Næste møde',
    },
    values: { status: DOCUMENT_STATUS_LABELS },
    refs: { organisationId: 'organisation' },
    names: documentNames,
  },
};
