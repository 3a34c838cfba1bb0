/** The supervisor's overview (/tilsyn, /mine-dialoger): every dialogue of the year with its package and last meeting. */
export { overviewRoutes } from './routes.tsx';
export { yearSummary } from './service.ts';
export { HomeDialogues } from './summary-view.tsx';
