/** The admin's pages: users, the full audit log, the outbox. */
export { adminRoutes } from './routes.tsx';
