import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { keyFigurePageRoutes } from './pages/routes.tsx';

/** The key figures' door: each part's pages are mounted here. */
export const keyFiguresRoutes = new Hono<AppEnv>();
keyFiguresRoutes.route('/', keyFigurePageRoutes);
