/** The front page: what each role sees first. */
export { homeRoutes } from './routes.tsx';
