/**
 * The municipality's yearly report to its council on all its dialogues (redegørelse,
 * almenboligloven § 164). What other features and src/wiring.ts may use; never its tables.
 */
export { councilReportsRoutes } from './routes.tsx';
export { councilReportsHistory } from './history.ts';
export { municipalityCouncilReportsLink } from './links.ts';
/** The report approved meets the year wheel's "Redegørelse til kommunalbestyrelsen" (a fact for the dialogue). */
export { reportApprovedOn } from './service.ts';
/** The demo data makes its report as a user would. */
export { createReport } from './service.ts';
/** What the public site may read: approved reports only (decision 016). */
export { publicCouncilReport, publicCouncilReportPdf, publicCouncilReports, publicCouncilReportsSearchSource } from './public.ts';
