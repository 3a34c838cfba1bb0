/**
 * The public site: what is public (read.ts, decision 016), its pages under /offentlig, the
 * sitemap and robots.txt. No feature depends on it but the front page, src/wiring.ts (links) and
 * open-data, which publishes the same reads as OParl JSON and CSV. Its Atom feeds and e-mail
 * subscriptions (feeds/, subscriptions/) publish the same again; the subscriptions' digest runs
 * with the hourly reminder scan.
 */
export { publicationRoutes } from './routes.tsx';
/** The front page leads with the public search and "Find din afdeling". */
export { FindEstateBox, PublicSearchBox } from './search/search-box.tsx';
export { municipalityPublicLink, organisationPublicLink } from './contributions.ts';
export type { PublicDownloadsContribution } from './downloads.ts';
export {
  agreementDocumentHref,
  agreementDocumentPdfHref,
  minutesHref,
  minutesPdfHref,
  municipalityHref,
  organisationHref,
} from './links.ts';
export {
  publicBody,
  publicDocuments,
  publicMinutesAgendas,
  publicMunicipalities,
  publicMunicipality,
  publicMunicipalityAgreements,
  publicOrganisationFigures,
  type PublicAgendaItem,
  type PublicAgreementDocumentRow,
} from './read.ts';
export { publicationHistory } from './history.ts';
export { queueSubscriptionDigests } from './subscriptions/digest.ts';
