import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { estateRoutes } from './routes/estates.tsx';
import { municipalityRoutes } from './routes/municipalities.tsx';
import { organisationRoutes } from './routes/organisations.tsx';

/** The registry's door: every registry page is mounted here. */
export const registryRoutes = new Hono<AppEnv>();
registryRoutes.route('/', municipalityRoutes);
registryRoutes.route('/', organisationRoutes);
registryRoutes.route('/', estateRoutes);
