/**
 * The public site: what is public (read.ts, decision 016), its pages under /offentlig, the
 * sitemap and robots.txt. No feature depends on it but the front page and src/wiring.ts (links).
 */
export { publicationRoutes } from './routes.tsx';
export { municipalityPublicLink, organisationPublicLink } from './contributions.ts';
