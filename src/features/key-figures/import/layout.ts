import { foldHeader } from '../../../lib/table-file/index.ts';
import type { Indicator } from '../catalogue/service.ts';

/*
 * The import layout: one line per estate and year, the organisation by its LBF number and the
 * estate by its number within it; a line with an empty estate number holds the organisation's
 * own figures. Then one column per active indicator of the catalogue, named by its code or its
 * Danish name (with or without the unit).
 */

/** What the import needs to know of an indicator of the catalogue. */
export type CatalogueIndicator = Pick<Indicator, 'code' | 'name' | 'unit' | 'level' | 'decimals' | 'active'>;

export type KeyColumn = 'year' | 'lbf' | 'estate';

/** The three columns that say whose figures a line holds; the header is what the template writes. */
export const KEY_COLUMNS: { key: KeyColumn; header: string; label: string; aliases: string[]; example: string }[] = [
  { key: 'year', header: 'aar', label: 'År', aliases: ['År', 'Aar', 'Regnskabsår', 'Årstal'], example: '2025' },
  {
    key: 'lbf',
    header: 'lbf_nr',
    label: 'LBF-nr.',
    aliases: ['LBF-nr.', 'LBF-nummer', 'LBF', 'Boligorganisation', 'Boligorganisationsnummer', 'Organisationsnummer', 'Org.nr.'],
    example: '123',
  },
  {
    key: 'estate',
    header: 'afdeling_nr',
    label: 'Afdelingsnummer',
    aliases: ['Afdelingsnummer', 'Afd.nr.', 'Afdeling', 'Afdelingsnr.', 'Afd. nummer', 'Afd.'],
    example: '12',
  },
];

/** The headers an indicator's column is known by besides its code: its name, with and without the unit. */
export function indicatorAliases(i: Pick<CatalogueIndicator, 'name' | 'unit'>): string[] {
  return [i.name, `${i.name} (${i.unit})`];
}

/** "Henlæggelser pr. m² (henlaeggelser)": how messages name a column. */
export const columnLabel = (i: Pick<CatalogueIndicator, 'code' | 'name'>) => `${i.name} (${i.code})`;

export interface HeaderMap {
  year: number;
  lbf: number;
  /** Absent when the file holds only organisations' figures. */
  estate: number | null;
  indicators: { index: number; indicator: CatalogueIndicator }[];
}
export type HeaderResult = { ok: true; map: HeaderMap; ignored: string[] } | { ok: false; message: string };

type Known = { kind: 'key'; key: KeyColumn; header: string } | { kind: 'indicator'; indicator: CatalogueIndicator };

function lookup(catalogue: CatalogueIndicator[]): Map<string, Known> {
  const map = new Map<string, Known>();
  for (const k of KEY_COLUMNS) for (const name of [k.header, k.label, ...k.aliases]) map.set(foldHeader(name), { kind: 'key', ...k });
  for (const i of catalogue) {
    // The name with the unit folds to something else than the name alone ("Areal (m²)" → "aream2").
    for (const name of [i.code, ...indicatorAliases(i), `${i.name} ${i.unit}`]) {
      const folded = foldHeader(name);
      if (!map.has(folded)) map.set(folded, { kind: 'indicator', indicator: i });
    }
  }
  return map;
}

const list = (names: string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`);

/**
 * Finds the key columns and the indicators in the file's first line. Unknown columns, and those
 * of indicators taken out of use, are ignored and reported; a column twice, a missing key column
 * or a file without any indicator is refused with what the line does hold.
 */
export function matchHeader(header: string[], catalogue: CatalogueIndicator[]): HeaderResult {
  const known = lookup(catalogue);
  const keys: Partial<Record<KeyColumn, number>> = {};
  const found = new Map<string, number>();
  const ignored: string[] = [];
  const columns: HeaderMap['indicators'] = [];
  for (const [index, raw] of header.entries()) {
    const text = raw.trim();
    if (!text) continue;
    const hit = known.get(foldHeader(text));
    if (!hit || (hit.kind === 'indicator' && !hit.indicator.active)) {
      ignored.push(hit ? `${text} (nøgletallet er ikke i brug)` : text);
      continue;
    }
    const id = hit.kind === 'key' ? hit.key : hit.indicator.code;
    const earlier = found.get(id);
    if (earlier !== undefined) {
      const name = hit.kind === 'key' ? hit.header : columnLabel(hit.indicator);
      return {
        ok: false,
        message: `Kolonnen ${name} står to gange i filen (kolonne ${earlier + 1} og ${index + 1}). Slet den ene, og prøv igen.`,
      };
    }
    found.set(id, index);
    if (hit.kind === 'key') keys[hit.key] = index;
    else columns.push({ index, indicator: hit.indicator });
  }
  const seen = header.map((h) => h.trim()).filter(Boolean);
  const firstLine = seen.length ? `Filens første linje har kolonnerne: ${seen.join(', ')}.` : 'Filens første linje er tom.';
  const needsEstate = columns.some((c) => c.indicator.level === 'estate');
  const missing = KEY_COLUMNS.filter((k) => keys[k.key] === undefined && (k.key !== 'estate' || needsEstate)).map(
    (k) => `${k.header} (${k.label})`,
  );
  if (missing.length > 0) {
    const what = missing.length === 1 ? `kolonnen ${missing[0]}` : `kolonnerne ${list(missing)}`;
    return { ok: false, message: `Filen mangler ${what}. ${firstLine} Første linje skal være kolonneoverskrifter som i skabelonen.` };
  }
  if (columns.length === 0) {
    return {
      ok: false,
      message: `Filen har ingen kolonner med nøgletal, som kan genkendes. ${firstLine} Brug nøgletallenes koder eller navne som i skabelonen.`,
    };
  }
  return { ok: true, map: { year: keys.year!, lbf: keys.lbf!, estate: keys.estate ?? null, indicators: columns }, ignored };
}
