/**
 * The pages each demo role uses most, found the way a user finds them: by following links from the
 * front page (no fixed ids). Used by `npm run bench:load` against a real server and by the query
 * count test in-process, through a `get` that answers one GET for the role's session.
 */

/** The hot pages, in the order the bench reports them. */
export const HOT_PAGES = [
  'front page',
  'supervision',
  'organisation',
  'dialogue',
  'package',
  'meeting',
  'year wheel',
  'meeting search',
] as const;
export type HotPage = (typeof HOT_PAGES)[number];

/** The word searched for in a municipality's meetings: it occurs in every demo minutes. */
export const SEARCH_WORD = 'afdeling';

export interface PageResponse {
  status: number;
  location: string | null;
  html: string;
}
export type Get = (path: string) => Promise<PageResponse>;

const hrefs = (html: string, pattern: RegExp) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')).filter((href) => pattern.test(href));

/** GET that follows redirects within the app (the meetings list sends a municipality user to its own). */
async function follow(get: Get, path: string): Promise<{ path: string; html: string }> {
  for (let hops = 0; hops < 5; hops++) {
    const res = await get(path);
    if (res.status >= 300 && res.status < 400 && res.location) {
      path = new URL(res.location, 'http://app').pathname + new URL(res.location, 'http://app').search;
      continue;
    }
    if (res.status !== 200) throw new Error(`GET ${path} gave HTTP ${res.status}`);
    return { path, html: res.html };
  }
  throw new Error(`GET ${path}: too many redirects`);
}

/**
 * The role's hot pages as paths: the front page; /tilsyn (supervisors, admins) or /mine-dialoger
 * (the housing side); an organisation with a dialogue whose documentation package is open, that
 * dialogue and its package; a meeting; the year wheel (the municipality's for supervisors, the
 * organisation's for the housing side); the municipality's meetings searched for SEARCH_WORD. A page
 * the role may not see (a housing user and the municipality's meeting search) is left out.
 */
export async function discoverHotPages(get: Get): Promise<Partial<Record<HotPage, string>>> {
  const pages: Partial<Record<HotPage, string>> = { 'front page': '/' };
  const front = await follow(get, '/');
  const supervision = hrefs(front.html, /^\/tilsyn$/).length > 0 ? '/tilsyn' : '/mine-dialoger';
  pages.supervision = supervision;
  const overview = await follow(get, supervision);
  // The first dialogue in the overview whose page links an open documentation package.
  let dialogue: { path: string; html: string } | undefined;
  let packagePath: string | undefined;
  for (const href of new Set(hrefs(overview.html, /^\/boligorganisationer\/\d+\/styringsdialog\/\d{4}$/))) {
    const candidate = await follow(get, href);
    dialogue ??= candidate;
    const linked = hrefs(candidate.html, /\/dokumentationspakke$/).find((p) => p.startsWith(href));
    // A package not opened yet (the dialogue is not convened) is a short notice, not the page people use.
    if (linked && /påkrævede punkter/.test((await follow(get, linked)).html)) {
      dialogue = candidate;
      packagePath = linked;
      break;
    }
  }
  if (!dialogue) throw new Error(`no dialogue linked from ${supervision}`);
  pages.dialogue = dialogue.path;
  if (packagePath) pages.package = packagePath;
  pages.organisation = /^\/boligorganisationer\/\d+/.exec(dialogue.path)![0];
  const municipalityWheel = hrefs(overview.html, /^\/kommuner\/\d{4}\/aarshjul\?aar=\d{4}$/)[0];
  const organisationWheel = hrefs(dialogue.html, /^\/boligorganisationer\/\d+\/aarshjul\?aar=\d{4}$/)[0];
  const wheel = supervision === '/tilsyn' ? (municipalityWheel ?? organisationWheel) : organisationWheel;
  if (wheel) pages['year wheel'] = wheel;
  const meeting =
    hrefs(dialogue.html, /^\/moeder\/\d+$/)[0] ?? hrefs((await follow(get, '/moeder')).html, /^\/moeder\/\d+$/)[0] ?? undefined;
  if (meeting) pages.meeting = meeting;
  // The supervising municipality's meetings: linked from the dialogue for its users, else from the organisation's page.
  const meetings =
    hrefs(dialogue.html, /^\/kommuner\/\d{4}\/moeder$/)[0] ??
    `${hrefs((await follow(get, pages.organisation)).html, /^\/kommuner\/\d{4}$/)[0]}/moeder`;
  const search = `${meetings}?q=${encodeURIComponent(SEARCH_WORD)}`;
  if ((await get(search)).status === 200) pages['meeting search'] = search;
  return pages;
}
