/**
 * Open data (issue 16, point 4): the OParl 1.1 JSON API at /oparl/v1.1/system and CSV downloads
 * under /offentlig/data, both of exactly what the publication's read.ts makes public. Nothing
 * depends on this feature; src/wiring.ts hands its links to the public municipality page.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { csvRoutes } from './csv/routes.ts';
import { oparlRoutes } from './oparl/routes.ts';

export const openDataRoutes = new Hono<AppEnv>();
openDataRoutes.route('/', oparlRoutes);
openDataRoutes.route('/', csvRoutes);
export { openDataDownloads } from './contributions.ts';
