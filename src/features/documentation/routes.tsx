import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';

export const documentationRoutes = new Hono<AppEnv>();
