import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { itemRoutes } from './agenda/routes.tsx';
import { attachmentRoutes } from './attachments/routes.tsx';
import { exportRoutes } from './export/routes.tsx';
import { historyRoutes } from './history-routes.tsx';
import { meetingImportRoutes } from './import/routes.tsx';
import { meetingRoutes } from './meeting-routes.tsx';
import { minutesRoutes } from './minutes/routes.tsx';
import { participantRoutes } from './participants/routes.tsx';

/**
 * The meetings' one router. The meeting itself (list, new, page, edit) first, then each
 * sub-domain: agenda, participants, minutes, bilag, exports, the import of old minutes, and the history.
 */
export const meetingsRoutes = new Hono<AppEnv>()
  .route('/', meetingRoutes)
  .route('/', itemRoutes)
  .route('/', participantRoutes)
  .route('/', minutesRoutes)
  .route('/', meetingImportRoutes)
  .route('/', attachmentRoutes)
  .route('/', exportRoutes)
  .route('/', historyRoutes);
