/**
 * The documentation package: the municipality's checklist, the organisation's uploads, the
 * supervisor's review. What other features may use of it; never its tables.
 */
export { extraChecklistTitles } from './checklist.ts';
export { documentationHistory } from './history.ts';
export { packageSentOn } from './facts.ts';
export { openPackageWhenConvened } from './package.ts';
export { documentationRoutes } from './routes.tsx';
export { NO_PACKAGE, packageSummaries, type PackageSummary } from './summary.ts';
/** The aftaledokument's extra documentation becomes the organisation's own checklist items when published. */
export { addChecklistItem } from './checklist-actions.ts';
