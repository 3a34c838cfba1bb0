/** Splitting Danish text into sentences without breaking at "bl.a.", "f.eks.", "kr." or "1. marts". */

const ABBREVIATIONS = new Set([
  'bl.a',
  'f.eks',
  'fx',
  'mv',
  'm.v',
  'm.m',
  'ca',
  'kr',
  'mio',
  'mia',
  'jf',
  'inkl',
  'ekskl',
  'evt',
  'pkt',
  'nr',
  'dvs',
  'mht',
  'vedr',
  'hhv',
  'osv',
  'tlf',
  'att',
  'ang',
  'd',
  'dst',
  'bla',
  'pga',
  'p.g.a',
  'ift',
  'i.f.t',
  'iht',
  'pr',
  'ifm',
  'max',
  'min',
  'stk',
  'ff',
  'etc',
  'el',
  'm.fl',
  'mfl',
  'ref',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
  'kl',
  'gl',
  'st',
  'vej',
  'ml',
  'adm',
  'afd',
  'tilsk',
  'ndf',
  'ovf',
  'o.l',
  'bl',
]);

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["”)»]*\s+(?=["“(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(start, m.index + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "1. marts", "2. rykker": a number before the point is an ordinal.
    if (ABBREVIATIONS.has(word) || /(?:^|\s)\d{1,2}\.$/.test(before) || /^\p{L}$/u.test(word)) continue;
    out.push(text.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
