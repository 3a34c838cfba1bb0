import { Feed } from 'feed';
import { feedPath, type Publications } from './entries.ts';

/** The last entries a feed lists. */
export const FEED_SIZE = 50;

/** Plain text as HTML: the feed library writes titles and summaries as type="html" (in CDATA). */
const asHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * An Atom 1.0 document (RFC 4287) of what was published for a municipality, organisation or
 * estate: the feed's id is its public page's address, each entry's id a tag URI of the site's
 * host and the entry's stable key, so a reader never sees the same entry twice.
 */
export function atomFeed(p: Publications, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  const host = new URL(base).hostname;
  const page = `${base}${p.path}`;
  const entries = p.entries.slice(0, FEED_SIZE);
  const feed = new Feed({
    id: page,
    title: `${p.title}: offentliggjort i styringsdialogen`,
    description: `Godkendte referater, aftaler og udlejningsaftaler i kraft for ${p.title}.`,
    link: page,
    feedLinks: { atom: `${base}${feedPath(p.path)}` },
    updated: entries[0]?.updated ?? new Date(0),
    author: { name: 'Styringsdialog', link: base },
    language: 'da',
    generator: false,
  });
  for (const e of entries)
    feed.addItem({
      id: `tag:${host},2026:${e.key}`,
      title: asHtml(e.title),
      link: `${base}${e.path}`,
      date: e.updated,
      description: asHtml(e.summary),
    });
  return feed.atom1();
}
