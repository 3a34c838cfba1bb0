import { inArray } from 'drizzle-orm';
import { nameMap, numericIds, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { municipalityName } from '../registry/index.ts';
import { councilReports } from './tables.ts';
import { STATUS_LABELS } from './words.ts';

/* The council reports' words in the history. */

/** A report by its municipality and year, linked to its page (which checks who may see it). */
const reportNames: EntityNamer = async ({ db, ids }) => {
  const rows = await db
    .select({
      id: councilReports.id,
      code: councilReports.municipalityCode,
      year: councilReports.governanceYear,
      municipality: municipalityName(councilReports.municipalityCode),
    })
    .from(councilReports)
    .where(inArray(councilReports.id, numericIds(ids)));
  return nameMap(
    rows,
    (r) => String(r.id),
    (r) => ({ name: `Redegørelse ${r.year}, ${r.municipality}`, href: `/kommuner/${r.code}/redegoerelser/${r.year}` }),
  );
};

export const councilReportsHistory: HistoryKinds = {
  council_report: {
    label: 'Redegørelse',
    fields: { municipalityCode: 'Kommune', governanceYear: 'År', status: 'Status', approvedOn: 'Godkendt', text: 'Tekst' },
    values: { status: STATUS_LABELS },
    names: reportNames,
  },
};
