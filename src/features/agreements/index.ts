/** Agreements: for now the letting agreements (udlejningsaftaler); the agreements (aftaler) join them here. */
export { lettingRoutes } from './letting/index.ts';
export { lettingHistory } from './letting/index.ts';
export { lettingProposals } from './letting/index.ts';
export { queueLettingWarnings } from './letting/index.ts';
export { municipalityLettingLink, organisationLettingLink } from './letting/index.ts';
export { createLetting, moveLetting } from './letting/index.ts';
