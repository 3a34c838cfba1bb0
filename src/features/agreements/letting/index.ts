/**
 * Letting agreements (udlejningsaftaler): kommunal anvisning, fleksibel and kombineret udlejning
 * and fast anvisningsret, between an organisation and the municipality where its estates lie.
 */
export { lettingRoutes } from './routes.tsx';
export { lettingHistory } from './history.ts';
export { lettingProposals } from './proposals.ts';
export { queueLettingWarnings } from './warnings.ts';
export { municipalityLettingLink, organisationLettingLink } from './links.ts';
/** The demo data makes its agreements as a user would. */
export { createLetting, moveLetting } from './service.ts';
/** The council report lists the municipality's letting agreements. */
export { listLettings } from './service.ts';
export { KIND_LABELS as LETTING_KIND_LABELS, STATUS_LABELS as LETTING_STATUS_LABELS } from './words.ts';
