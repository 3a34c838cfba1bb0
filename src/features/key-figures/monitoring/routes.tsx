import { Hono } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { areaRoutes } from './routes/areas.tsx';
import { importRoutes } from './routes/import.tsx';
import { listRoutes } from './routes/lists.tsx';
import { statisticsRoutes } from './routes/statistics.tsx';
import { thresholdRoutes } from './routes/thresholds.tsx';

/** The monitoring of vulnerable housing areas (§ 61 a/b): its pages behind one router. */
export const monitoringRoutes = new Hono<AppEnv>();
// The thresholds first: /boligomraader/graensevaerdier is not an area's id.
monitoringRoutes.route('/', thresholdRoutes);
monitoringRoutes.route('/', listRoutes);
monitoringRoutes.route('/', importRoutes);
monitoringRoutes.route('/', areaRoutes);
monitoringRoutes.route('/', statisticsRoutes);
