import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { administratorRoutes } from './routes/administrators.tsx';
import { estateRoutes } from './routes/estates.tsx';
import { foraRoutes } from './routes/fora.tsx';
import { importRoutes } from './routes/import.tsx';
import { municipalityRoutes } from './routes/municipalities.tsx';
import { organisationRoutes } from './routes/organisations.tsx';
import { peopleRoutes } from './routes/people.tsx';

/** The registry's door: every registry page is mounted here. */
export const registryRoutes = new Hono<AppEnv>();
registryRoutes.route('/', municipalityRoutes);
// Import before organisations: its paths sit under /boligorganisationer/:id/afdelinger/import.
registryRoutes.route('/', importRoutes);
registryRoutes.route('/', organisationRoutes);
registryRoutes.route('/', estateRoutes);
registryRoutes.route('/', administratorRoutes);
registryRoutes.route('/', peopleRoutes);
registryRoutes.route('/', foraRoutes);
