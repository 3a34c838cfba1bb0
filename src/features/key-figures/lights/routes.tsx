import { Hono } from 'hono';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { planRoutes } from './plan-routes.tsx';
import { ruleRoutes } from './rule-routes.tsx';

/** The traffic lights' pages: the rules (default and a municipality's own) and the action plans. */
export const lightsRoutes = new Hono<AppEnv>().route('/', ruleRoutes).route('/', planRoutes);
