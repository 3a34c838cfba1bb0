/**
 * Key figures (nøgletal): the indicator catalogue, yearly figures per estate and organisation,
 * traffic lights, benchmark and trends, monitoring of vulnerable housing areas and data quality.
 * What other features may use of it; never its tables.
 */
export { seedKeyFigureDefaults } from './catalogue/seed.ts';
/** @public The other parts' reading of the catalogue: its indicators, and a value written with its unit and decimals. */
export { formatIndicatorValue } from './catalogue/format.ts';
/** @public */
export { listIndicators, type Indicator } from './catalogue/service.ts';
export { keyFiguresHistory } from './history.ts';
export { dataQualityLink } from './quality/link.ts';
export { estateKeyFiguresSummary, organisationKeyFiguresLink } from './pages/contributions.tsx';
export { keyFiguresRoutes } from './routes.tsx';
export { municipalityAreaSummary } from './monitoring/summary.ts';
export { actionPlansOf } from './lights/action-plans.ts';
/** Asks for the action plans of three red years ending in the years given; src/wiring.ts runs it when figures are imported. */
export { ensureActionPlans } from './lights/action-plans.ts';
export { keyFigureProposals } from './lights/agenda-proposals.ts';
export { organisationLights, type OrganisationLights } from './lights/organisation-lights.ts';
export { type KeyFigureEvents } from './import/service.ts';
export { importFigures } from './import/service.ts';
/** The demo data makes its housing area as a user would. */
export { createArea } from './monitoring/areas.ts';
export { writeAreaYear } from './monitoring/statistics.ts';
export { registerFiguresImportCommand } from './import/cli.ts';
export { figuresImportLink } from './import/link.ts';
/** An indicator's imported values for one estate or organisation, for an agreement's target. */
export { indicatorSeries } from './catalogue/series.ts';
/** Per estate, its red figures and action plans, for the aftaledokument. */
export { estateFocus } from './lights/estate-focus.ts';
/** The public site's reading: an estate's figures and colours, and their trends, for the years it names public; an organisation's estates at once. */
export { estateFiguresOfYears, organisationFiguresOfYears } from './lights/public-lights.ts';
/** The public site draws those trends with the same figure, SVG and CSV as the logged-in pages. */
export { TrendFigure } from './pages/trend-figure.tsx';
export { sendTrend, trendFileName } from './pages/trend-response.ts';
