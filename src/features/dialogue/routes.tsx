import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { calendarRoutes } from './calendar/routes.tsx';
import { dialoguePageRoutes } from './page-routes.tsx';
import { settingsRoutes } from './settings-routes.tsx';
import { wheelRoutes } from './wheel/routes.tsx';

/** The dialogue's one router: the dialogue page, the municipality's årshjul settings and wheel, the iCalendar feed. */
export const dialogueRoutes = new Hono<AppEnv>()
  .route('/', dialoguePageRoutes)
  .route('/', settingsRoutes)
  .route('/', calendarRoutes)
  .route('/', wheelRoutes);
