import { foldHeader } from '../../../lib/table-file/index.ts';
import type { EstateInput } from '../schemas.ts';

export { foldHeader };

export type FieldKey = keyof EstateInput;
export type ColumnKind = 'integer' | 'area' | 'text' | 'municipality' | 'postalCode';

export interface Column {
  key: FieldKey;
  /** The header in the template and on the help page. */
  header: string;
  /** Lower-case name used inside messages ("antal familieboliger kan ikke …"). */
  label: string;
  kind: ColumnKind;
  required: boolean;
  /** Other headers people use for the same column, as shown on the help page; matched after foldHeader(). */
  aliases: string[];
  example: string;
}

export const COLUMNS: Column[] = [
  {
    key: 'number',
    header: 'Afdelingsnummer',
    label: 'afdelingsnummer',
    kind: 'integer',
    required: true,
    aliases: ['Nummer', 'Nr.', 'Afd.nr.', 'Afdelingsnr.', 'Afd. nummer'],
    example: '12',
  },
  {
    key: 'name',
    header: 'Navn',
    label: 'navn',
    kind: 'text',
    required: true,
    aliases: ['Afdelingsnavn', 'Afd. navn'],
    example: 'Agerhønevej',
  },
  {
    key: 'address',
    header: 'Adresse',
    label: 'adresse',
    kind: 'text',
    required: false,
    aliases: ['Vejadresse', 'Beliggenhed'],
    example: 'Agerhønevej 1-40',
  },
  {
    key: 'postalCode',
    header: 'Postnummer',
    label: 'postnummer',
    kind: 'postalCode',
    required: false,
    aliases: ['Postnr.'],
    example: '3400',
  },
  { key: 'city', header: 'By', label: 'by', kind: 'text', required: false, aliases: ['Bynavn', 'Postdistrikt'], example: 'Hillerød' },
  {
    key: 'municipalityCode',
    header: 'Kommunekode',
    label: 'kommunekode',
    kind: 'municipality',
    required: false,
    aliases: ['Kommunenr.', 'Kommunenummer', 'Kommune'],
    example: '0219',
  },
  {
    key: 'homesFamily',
    header: 'Familieboliger',
    label: 'antal familieboliger',
    kind: 'integer',
    required: false,
    aliases: ['Antal familieboliger', 'Familie'],
    example: '96',
  },
  {
    key: 'homesElderly',
    header: 'Ældreboliger',
    label: 'antal ældreboliger',
    kind: 'integer',
    required: false,
    aliases: ['Antal ældreboliger', 'Ældre'],
    example: '24',
  },
  {
    key: 'homesYouth',
    header: 'Ungdomsboliger',
    label: 'antal ungdomsboliger',
    kind: 'integer',
    required: false,
    aliases: ['Antal ungdomsboliger', 'Ungdom'],
    example: '0',
  },
  {
    key: 'homesCare',
    header: 'Plejeboliger',
    label: 'antal plejeboliger',
    kind: 'integer',
    required: false,
    aliases: ['Antal plejeboliger', 'Pleje'],
    example: '0',
  },
  {
    key: 'areaM2',
    header: 'Areal (m²)',
    label: 'areal i m²',
    kind: 'area',
    required: false,
    aliases: ['Areal', 'm²', 'm2', 'Areal i m²', 'Boligareal', 'Bruttoareal', 'Etageareal'],
    example: '7.800',
  },
  {
    key: 'yearBuilt',
    header: 'Opførelsesår',
    label: 'opførelsesår',
    kind: 'integer',
    required: false,
    aliases: ['Byggeår', 'Opført', 'År'],
    example: '1972',
  },
];

/** Most estate lines one file may hold; a whole organisation fits easily (the largest have a few hundred). */
export const MAX_ROWS = 5000;

const LOOKUP = new Map<string, Column>();
for (const column of COLUMNS) {
  for (const name of [column.header, column.key, ...column.aliases]) LOOKUP.set(foldHeader(name), column);
}

export type ColumnMap = Partial<Record<FieldKey, number>>;
export type HeaderResult = { ok: true; map: ColumnMap; ignored: string[] } | { ok: false; message: string };

/** Finds each known column in the file's header row; unknown columns are ignored but reported. */
export function matchHeader(header: string[]): HeaderResult {
  const map: ColumnMap = {};
  const ignored: string[] = [];
  for (const [index, raw] of header.entries()) {
    const text = raw.trim();
    if (!text) continue;
    const column = LOOKUP.get(foldHeader(text));
    if (!column) {
      ignored.push(text);
      continue;
    }
    const earlier = map[column.key];
    if (earlier !== undefined) {
      return {
        ok: false,
        message: `Kolonnen ${column.header} står to gange i filen (kolonne ${earlier + 1} og ${index + 1}). Slet den ene, og prøv igen.`,
      };
    }
    map[column.key] = index;
  }
  const missing = COLUMNS.filter((c) => c.required && map[c.key] === undefined).map((c) => c.header);
  if (missing.length > 0) {
    const found = header.map((h) => h.trim()).filter(Boolean);
    const what = missing.length === 1 ? `kolonnen ${missing[0]}` : `kolonnerne ${missing.join(' og ')}`;
    const seen = found.length ? `Filens første linje har kolonnerne: ${found.join(', ')}.` : 'Filens første linje er tom.';
    return { ok: false, message: `Filen mangler ${what}. ${seen} Første linje skal være kolonneoverskrifter som i skabelonen.` };
  }
  return { ok: true, map, ignored };
}

/** The template: Danish headers, semicolons and a BOM, so Excel opens it with æøå intact. */
export function templateCsv(): string {
  return `\uFEFF${COLUMNS.map((c) => c.header).join(';')}\r\n`;
}
