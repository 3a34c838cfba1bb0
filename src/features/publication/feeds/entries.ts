import type { Db } from '../../../db/client.ts';
import { formatDate } from '../../../ui/format.ts';
import { estateHref, minutesHref, municipalityHref, organisationHref } from '../links.ts';
import { publicEstate, publicMunicipality, publicOrganisation } from '../read.ts';

/*
 * What was published for a municipality, an organisation or an estate, as a list of entries: the
 * Atom feeds and the subscription digests show the same. Built only from read.ts (decision 016),
 * so a feed or a digest never shows what the public page does not.
 */

/** Whose publications: a municipality by its code, an organisation or an estate by its id. */
export type FeedScope = { kind: 'municipality'; code: string } | { kind: 'organisation'; id: number } | { kind: 'estate'; id: number };

export interface PublishedEntry {
  /** Stable across runs and unique: "referat:12", "aftale:34", "udlejningsaftale:5". */
  key: string;
  title: string;
  summary: string;
  /** The public page it is on. */
  path: string;
  updated: Date;
}

export interface Publications {
  title: string;
  /** The public page of the municipality, organisation or estate. */
  path: string;
  entries: PublishedEntry[];
}

const KIND_WORDS: Record<string, string> = { dialogmoede: 'styringsdialogmøde', faellesmoede: 'fællesmøde', forum: 'forummøde' };

type MinutesRow = { id: number; title: string; kind: string; startsAt: Date | null; heldAt: Date | null; updatedAt: Date };
const minutesEntry = (m: MinutesRow): PublishedEntry => ({
  key: `referat:${m.id}`,
  title: `Referat: ${m.title}`,
  summary: `Godkendt referat af ${KIND_WORDS[m.kind] ?? 'mødet'} ${formatDate(m.startsAt ?? m.heldAt)}, offentlig udgave uden lukkede punkter.`,
  path: minutesHref(m.id),
  updated: m.updatedAt,
});

type AgreementRow = { id: number; year: number; themeLabel: string; text: string; statusLabel: string; updatedAt: Date };
const agreementEntry = (a: AgreementRow, path: string): PublishedEntry => ({
  key: `aftale:${a.id}`,
  title: `Aftale ${a.year}: ${a.themeLabel}`,
  summary: `${a.text} (status: ${a.statusLabel.toLowerCase()})`,
  path,
  updated: a.updatedAt,
});

type LettingRow = { id: number; kindLabel: string; validFrom: string; validTo: string; updatedAt: Date };
const lettingEntry = (l: LettingRow, path: string): PublishedEntry => ({
  key: `udlejningsaftale:${l.id}`,
  title: `Udlejningsaftale: ${l.kindLabel}`,
  summary: `Godkendt udlejningsaftale, gælder ${formatDate(l.validFrom)} – ${formatDate(l.validTo)}.`,
  path,
  updated: l.updatedAt,
});

const newestFirst = (entries: PublishedEntry[]) =>
  entries.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.key.localeCompare(b.key));

/** Everything published for the scope, newest first; null when the municipality, organisation or estate is not public. */
export async function publicationsOf(db: Db, scope: FeedScope): Promise<Publications | null> {
  if (scope.kind === 'municipality') {
    const p = await publicMunicipality(db, scope.code);
    if (!p) return null;
    const path = municipalityHref(p.municipality.code);
    return {
      title: p.municipality.name,
      path,
      entries: newestFirst([...p.minutes.map(minutesEntry), ...p.letting.map((l) => lettingEntry(l, path))]),
    };
  }
  if (scope.kind === 'organisation') {
    const p = await publicOrganisation(db, scope.id);
    if (!p) return null;
    const path = organisationHref(p.organisation.municipalityCode, p.organisation.id);
    return {
      title: p.organisation.name,
      path,
      entries: newestFirst([
        ...p.dialogues.flatMap((d) => [...d.minutes.map(minutesEntry), ...d.agreements.map((a) => agreementEntry(a, path))]),
        ...p.letting.map((l) => lettingEntry(l, path)),
      ]),
    };
  }
  const p = await publicEstate(db, scope.id);
  if (!p) return null;
  const e = p.estate;
  const path = estateHref(e.supervisorCode, e.organisationId, e.id);
  return {
    title: `Afdeling ${e.number} ${e.name}, ${e.organisationName}`,
    path,
    entries: newestFirst([...p.agreements.map((a) => agreementEntry(a, path)), ...p.letting.map((l) => lettingEntry(l, path))]),
  };
}

/** The feed's address next to the public page. */
export const feedPath = (pagePath: string) => `${pagePath}/feed.atom`;
