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
