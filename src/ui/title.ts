const SITE_NAME = 'Styringsdialog';

/**
 * What a page is, then where it belongs, most specific first: `['Møde 14. oktober 2026', 'Lejerbo
 * Næstved']`. Empty parts are left out, so a part that is sometimes unknown can be passed as is.
 */
export type PageTitle = string | readonly (string | null | undefined | false)[];

/**
 * The <title> of every page: "Møde 14. oktober 2026 – Lejerbo Næstved – Styringsdialog". A tab,
 * a bookmark and a screen reader's first words say where one is; a part repeated next to itself
 * (a page named like its context) is said once.
 */
export function documentTitle(title: PageTitle): string {
  const parts = (typeof title === 'string' ? [title] : title).map((p) => (p || '').trim()).filter(Boolean);
  const said = parts.filter((p, i) => p !== parts[i - 1]);
  if (said.at(-1) !== SITE_NAME) said.push(SITE_NAME);
  return said.join(' – ');
}
