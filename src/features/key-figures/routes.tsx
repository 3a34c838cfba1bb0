import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { catalogueRoutes } from './catalogue/routes.tsx';
import { monitoringRoutes } from './monitoring/routes.tsx';
import { qualityRoutes } from './quality/routes.tsx';
import { lightsRoutes } from './lights/routes.tsx';

/** The key figures' door: each part's pages are mounted here. */
export const keyFiguresRoutes = new Hono<AppEnv>();
keyFiguresRoutes.route('/', catalogueRoutes);
keyFiguresRoutes.route('/', qualityRoutes);
keyFiguresRoutes.route('/', monitoringRoutes);
keyFiguresRoutes.route('/', lightsRoutes);
