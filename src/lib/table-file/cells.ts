import type { Cell } from './parse.ts';

/**
 * A number as Danes and spreadsheets write it: "1.234", "1.234,5", "12,5", "-3", "−12" (the
 * typographic minus), "1234.5", or a number cell from XLSX. A dot followed by exactly three
 * digits is a thousands separator.
 */
export function parseDanishNumber(cell: Cell): number | null | 'invalid' {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  const s = cell
    .replace(/[\s\u00a0]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/m[²2]$/i, '');
  if (s === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(s)) return Number(s);
  return 'invalid';
}

/**
 * A header reduced to what identifies it: lower case, no spaces or punctuation, and
 * æ/ø/å folded the same way whether written "æ", "ae" or "a" (people and old systems
 * write all three), so "Ældreboliger", "AELDREBOLIGER" and "Aldre boliger" all match.
 */
export function foldHeader(header: string): string {
  const ascii = header
    .toLowerCase()
    .replace(/²/g, '2')
    .replace(/æ|ä/g, 'a')
    .replace(/ø|ö/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a');
  // "Antal familieboliger" means the same as "Familieboliger".
  return ascii.startsWith('antal') && ascii.length > 5 ? ascii.slice(5) : ascii;
}
