import { agreementDocumentHref, councilReportHref, estateHref, minutesHref, municipalityHref, organisationHref } from '../links.ts';
import type { SearchHit } from './search.ts';

/** Where a hit leads on the public site. */
export function hitHref(h: SearchHit): string {
  const org = () => organisationHref(h.municipality_code, h.organisation_id!);
  switch (h.kind) {
    case 'aftaledokument':
      return agreementDocumentHref(h.municipality_code, h.organisation_id!, h.id);
    case 'redegoerelse':
      return councilReportHref(h.municipality_code, h.year!);
    case 'referat':
      return minutesHref(h.meeting_id!);
    case 'aftale':
      return `${org()}#h-year-${h.year}`;
    case 'afdeling':
      return estateHref(h.municipality_code, h.organisation_id!, h.estate_id!);
    case 'boligorganisation':
      return org();
    case 'udlejningsaftale':
      return `${municipalityHref(h.municipality_code)}#h-letting`;
    case 'forum':
      return `${municipalityHref(h.municipality_code)}#h-fora`;
    case 'kommune':
      return municipalityHref(h.municipality_code);
  }
}
