/**
 * Key figures (nøgletal): the indicator catalogue, yearly figures per estate and organisation,
 * traffic lights, benchmark and trends, monitoring of vulnerable housing areas and data quality.
 * What other features may use of it; never its tables.
 */
export { seedKeyFigureDefaults } from './catalogue/seed.ts';
export { keyFiguresHistory } from './history.ts';
export { keyFiguresRoutes } from './routes.tsx';
export { actionPlansOf } from './lights/action-plans.ts';
/** @public Asks for the action plans of three red years ending in the years given; src/wiring.ts runs it when figures are imported. */
export { ensureActionPlans } from './lights/action-plans.ts';
export { keyFigureProposals } from './lights/agenda-proposals.ts';
export { organisationLights, type OrganisationLights } from './lights/organisation-lights.ts';
