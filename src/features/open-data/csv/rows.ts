import type { Db } from '../../../db/client.ts';
import {
  publicMunicipalities,
  publicMunicipality,
  publicMunicipalityAgreements,
  publicOrganisationFigures,
} from '../../publication/index.ts';

/*
 * The rows of the CSV downloads, read only through the publication's read.ts (decision 016): key
 * figures of the years whose dialogue meeting is held, agreements of those years, letting
 * agreements approved and in force. One municipality, or each in turn for the whole country.
 */

const COLOUR: Record<string, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød' };

export type CsvKind = 'noegletal' | 'aftaler' | 'udlejningsaftaler';

export const CSV_COLUMNS: Record<CsvKind, string[]> = {
  noegletal: [
    'Kommunekode',
    'Kommune',
    'Boligorganisation',
    'LBF-nr.',
    'Afdelingsnr.',
    'Afdeling',
    'År',
    'Nøgletal',
    'Værdi',
    'Farve',
    'Samlet farve',
  ],
  aftaler: ['Kommunekode', 'Kommune', 'Boligorganisation', 'LBF-nr.', 'År', 'Tema', 'Aftale', 'Ansvarlig', 'Frist', 'Status', 'Afdelinger'],
  udlejningsaftaler: [
    'Kommunekode',
    'Kommune',
    'Boligorganisation',
    'Aftaletype',
    'Andel (%)',
    'Antal boliger',
    'Målgrupper',
    'Gælder fra',
    'Gælder til',
    'Afdelinger',
  ],
};

type Row = (string | number | null)[];

async function municipalityRows(db: Db, code: string, kind: CsvKind): Promise<Row[]> {
  const p = await publicMunicipality(db, code);
  if (!p) return [];
  const m = p.municipality;
  if (kind === 'udlejningsaftaler') {
    return p.letting.map((l) => [
      m.code,
      m.name,
      l.estates[0]?.organisationName ?? p.organisations.find((o) => o.id === l.organisationId)?.name ?? null,
      l.kindLabel,
      l.sharePercent,
      l.homesCount,
      l.priorityLabels.join(', '),
      l.validFrom,
      l.validTo,
      l.estates.map((e) => `${e.number} ${e.name}`).join(', '),
    ]);
  }
  if (kind === 'aftaler') {
    const lbf = new Map(p.organisations.map((o) => [o.id, o.lbfNumber]));
    const agreements = (await publicMunicipalityAgreements(db, code)).sort(
      (a, b) => a.organisationName.localeCompare(b.organisationName, 'da') || a.year - b.year || a.id - b.id,
    );
    return agreements.map((a) => [
      m.code,
      m.name,
      a.organisationName,
      lbf.get(a.organisationId) ?? null,
      a.year,
      a.themeLabel,
      a.text,
      a.responsibleLabel,
      a.deadline,
      a.statusLabel,
      a.estates.map((e) => `${e.number} ${e.name}`).join(', '),
    ]);
  }
  const rows: Row[] = [];
  for (const o of p.organisations) {
    for (const { estate: e, figures } of await publicOrganisationFigures(db, o.id))
      for (const y of figures)
        for (const f of y.figures)
          rows.push([
            m.code,
            m.name,
            o.name,
            o.lbfNumber,
            e.number,
            e.name,
            y.year,
            f.name,
            f.value,
            f.colour ? COLOUR[f.colour] : null,
            y.overall ? COLOUR[y.overall] : null,
          ]);
  }
  return rows;
}

/**
 * The rows of one kind of download, a municipality at a time: of one municipality, or (code null)
 * of every municipality in turn, so the country's download is sent as it is read, never held whole.
 */
export async function* csvRows(db: Db, kind: CsvKind, code: string | null): AsyncGenerator<Row[]> {
  if (code !== null) {
    yield await municipalityRows(db, code, kind);
    return;
  }
  for (const m of await publicMunicipalities(db)) yield await municipalityRows(db, m.code, kind);
}
