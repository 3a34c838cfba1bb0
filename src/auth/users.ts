import { and, asc, count, eq, gt, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../features/audit/index.ts';
import { enqueueMail } from '../features/outbox/index.ts';
import { administrators, municipalities, organisations } from '../features/registry/tables.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../lib/errors.ts';
import { newToken, sha256 } from '../lib/tokens.ts';
import { passwordChangedMail } from './password-reset.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { Actor } from './scope.ts';
import { destroyUserSessions } from './sessions.ts';
import { invitations, type Role, users } from './tables.ts';
import { countNoun } from '../lib/plural.ts';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  municipalityCode?: string | null;
  organisationId?: number | null;
  administratorId?: number | null;
}

/** Keeps only the scope column the role uses, so the row always passes users_scope_check. */
function scopeColumns(input: NewUser) {
  const role = input.role;
  return {
    municipalityCode: role.startsWith('municipality') ? (input.municipalityCode ?? null) : null,
    organisationId: role.startsWith('organisation') ? (input.organisationId ?? null) : null,
    administratorId: role === 'administrator_staff' ? (input.administratorId ?? null) : null,
  };
}

async function assertScopeExists(tx: Db, input: NewUser): Promise<void> {
  const s = scopeColumns(input);
  const missing = (field: string, message: string) => new AppError('bad_request', message, { field });
  if (input.role.startsWith('municipality')) {
    if (!s.municipalityCode || !(await tx.select().from(municipalities).where(eq(municipalities.code, s.municipalityCode))).length)
      throw missing('municipalityCode', 'Vælg brugerens kommune.');
  } else if (input.role.startsWith('organisation')) {
    if (
      !s.organisationId ||
      !(await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, s.organisationId))).length
    )
      throw missing('organisationId', 'Vælg brugerens boligorganisation.');
  } else if (input.role === 'administrator_staff') {
    if (
      !s.administratorId ||
      !(await tx.select({ id: administrators.id }).from(administrators).where(eq(administrators.id, s.administratorId))).length
    )
      throw missing('administratorId', 'Vælg brugerens administrationsorganisation.');
  }
}

/** Creates a user with a password (CLI, demo data, first admin). Caller checks the actor is allowed. */
export async function createUser({ db, actor, input, password }: { db: Db; actor: Actor; input: NewUser; password: string }) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await assertScopeExists(tx, input);
    try {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email.toLowerCase(), name: input.name, role: input.role, passwordHash, ...scopeColumns(input) })
        .returning();
      await recordAudit(tx, { actor, entityType: 'user', entityId: user.id, action: 'create', after: user });
      return user;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'Der findes allerede en bruger med denne e-mail.', { field: 'email' });
      throw error;
    }
  });
}

/**
 * Creates a user without a password and queues an e-mail with a one-time link that expires.
 * Returns the link so the admin page can show it when no SMTP is configured. Admin only (route checks).
 */
export async function inviteUser({
  db,
  actor,
  input,
  publicUrl,
  ttlHours,
}: {
  db: Db;
  actor: Actor;
  input: NewUser;
  publicUrl: string;
  ttlHours: number;
}) {
  const token = newToken();
  const link = `${publicUrl.replace(/\/$/, '')}/invitation/${token}`;
  const user = await db.transaction(async (tx) => {
    await assertScopeExists(tx, input);
    let created;
    try {
      [created] = await tx
        .insert(users)
        .values({ email: input.email.toLowerCase(), name: input.name, role: input.role, ...scopeColumns(input) })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'Der findes allerede en bruger med denne e-mail.', { field: 'email' });
      throw error;
    }
    await tx.insert(invitations).values({
      tokenHash: sha256(token),
      userId: created.id,
      createdBy: actor.userId,
      expiresAt: new Date(Date.now() + ttlHours * 3600_000),
    });
    await enqueueMail(tx, {
      to: created.email,
      subject: 'Invitation til Styringsdialog',
      text: `Kære ${created.name}\n\nDu er inviteret til Styringsdialog af ${actor.label}.\n\nVælg din adgangskode her (linket virker én gang og udløber om ${countNoun(ttlHours, 'time', 'timer')}):\n${link}\n\nVenlig hilsen\nStyringsdialog`,
    });
    await recordAudit(tx, {
      actor,
      entityType: 'user',
      entityId: created.id,
      action: 'invite',
      summary: `Invitation sendt til ${created.email}`,
      after: created,
    });
    return created;
  });
  return { user, link };
}

export async function findInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ invitationId: invitations.id, userId: users.id, name: users.name, email: users.email })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(
      and(
        eq(invitations.tokenHash, sha256(token)),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, new Date()),
        isNull(users.disabledAt),
      ),
    );
  return row ?? null;
}

export async function acceptInvitation({ db, token, password }: { db: Db; token: string; password: string }) {
  const invitation = await findInvitation(db, token);
  if (!invitation) throw new AppError('not_found', 'Invitationen findes ikke, er brugt eller er udløbet. Bed om en ny.');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    // The used_at condition makes a second, concurrent acceptance update nothing.
    const used = await tx
      .update(invitations)
      .set({ usedAt: new Date() })
      .where(and(eq(invitations.id, invitation.invitationId), isNull(invitations.usedAt)))
      .returning();
    if (used.length === 0) throw new AppError('conflict', 'Invitationen er allerede brugt.');
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, invitation.userId));
    await recordAudit(tx, {
      actor: {
        userId: invitation.userId,
        label: `${invitation.name} (${invitation.email})`,
        role: 'admin',
        scope: { kind: 'public' },
        canEdit: false,
      },
      entityType: 'user',
      entityId: invitation.userId,
      action: 'update',
      summary: 'Invitation modtaget og adgangskode valgt',
    });
  });
  return invitation;
}

/** The user for these credentials, or null. Disabled users and users without a password never log in. */
export async function authenticate(db: Db, email: string, password: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  return ok && user && !user.disabledAt ? user : null;
}

/**
 * Changes the password of the user who knows the current one. Every session of the user ends (the
 * route starts a new one for the browser that made the change), and the user is told by mail.
 */
export async function changePassword({
  db,
  actor,
  userId,
  current,
  next,
}: {
  db: Db;
  actor: Actor;
  userId: number;
  current: string;
  next: string;
}) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, current))) return false;
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor,
      entityType: 'user',
      entityId: userId,
      action: 'update',
      summary: 'Adgangskode ændret; alle andre sessioner afsluttet',
    });
    await enqueueMail(tx, passwordChangedMail(user));
  });
  await destroyUserSessions(db, userId);
  return true;
}

/** Admins deactivate and reactivate users, never themselves (no one would be left to undo it). The users page shows the buttons by this. */
export function canChangeUserStatus(actor: Actor, userId: number): boolean {
  return actor.canEdit && actor.scope.kind === 'admin' && actor.userId !== userId;
}

/** One user's name and status, for the confirmation step. */
export async function getUserStatus(db: Db, userId: number) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw notFound('Brugeren');
  return row;
}

export async function setUserDisabled({ db, actor, userId, disabled }: { db: Db; actor: Actor; userId: number; disabled: boolean }) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId));
    if (!before) throw notFound('Brugeren');
    if (disabled && before.id === actor.userId) throw new AppError('bad_request', 'Du kan ikke deaktivere dig selv.');
    if (!canChangeUserStatus(actor, userId)) throw forbidden();
    const [after] = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    await recordAudit(tx, { actor, entityType: 'user', entityId: userId, action: disabled ? 'deactivate' : 'activate', before, after });
  });
  // Sessions end at once; loadSessionUser also refuses disabled users, so even a race is closed.
  if (disabled) await destroyUserSessions(db, userId);
}

export async function listUsers(db: Db, input: { q?: string; page: number; pageSize: number; includeDisabled?: boolean }) {
  const where = and(
    input.q ? or(ilike(users.name, `%${input.q}%`), ilike(users.email, `%${input.q}%`)) : undefined,
    input.includeDisabled === false ? isNull(users.disabledAt) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        disabledAt: users.disabledAt,
        hasPassword: sql<boolean>`${users.passwordHash} is not null`,
        affiliation: sql<string | null>`coalesce(${municipalities.name}, ${organisations.name}, ${administrators.name})`,
      })
      .from(users)
      .leftJoin(municipalities, eq(municipalities.code, users.municipalityCode))
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .leftJoin(administrators, eq(administrators.id, users.administratorId))
      .where(where)
      .orderBy(asc(users.name))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total };
}

export async function countUsers(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  return n;
}
