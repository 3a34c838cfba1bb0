import { Hono } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';

export const calendarRoutes = new Hono<AppEnv>();
