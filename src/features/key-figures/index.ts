/**
 * Key figures (nøgletal): the indicator catalogue, yearly figures per estate and organisation,
 * traffic lights, benchmark and trends, monitoring of vulnerable housing areas and data quality.
 * What other features may use of it; never its tables.
 */
export { seedKeyFigureDefaults } from './catalogue/seed.ts';
export { keyFiguresHistory } from './history.ts';
export { estateKeyFiguresSummary, organisationKeyFiguresLink } from './pages/contributions.tsx';
export { keyFiguresRoutes } from './routes.tsx';
