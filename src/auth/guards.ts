import type { Context } from 'hono';
import { AppError, forbidden } from '../lib/errors.ts';
import type { AppEnv, CurrentUser } from '../lib/hono-env.ts';
import type { Actor } from './scope.ts';
import type { Role } from './tables.ts';

/** The logged-in user, or a redirect to the login page (thrown as an AppError the error handler turns into 303). */
export function requireUser(c: Context<AppEnv>): CurrentUser {
  const user = c.var.user;
  if (!user) throw new AppError('unauthenticated', 'Du skal logge ind for at se denne side.');
  return user;
}

export function requireRole(c: Context<AppEnv>, ...roles: Role[]): CurrentUser {
  const user = requireUser(c);
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

/** A logged-in actor allowed to change things in its scope (not a reader). */
export function requireEditor(c: Context<AppEnv>): Actor {
  requireUser(c);
  if (!c.var.actor.canEdit) throw forbidden();
  return c.var.actor;
}

export function requireActor(c: Context<AppEnv>): Actor {
  requireUser(c);
  return c.var.actor;
}
