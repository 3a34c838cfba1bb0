import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../features/audit/index.ts';
import { enqueueMail } from '../features/outbox/index.ts';
import { formatDateTime } from '../ui/format.ts';
import { newToken, sha256 } from '../lib/tokens.ts';
import { hashPassword } from './passwords.ts';
import { clearAccountLimit } from './rate-limit.ts';
import { actorFor } from './scope.ts';
import { destroyUserSessions } from './sessions.ts';
import { passwordResets, users } from './tables.ts';

const linkOf = (publicUrl: string, token: string) => `${publicUrl.replace(/\/+$/, '')}/nulstil-adgangskode/${token}`;

/**
 * "Glemt adgangskode": mails a one-time link that expires to the active user with this address,
 * if there is one. The caller answers the same either way and has counted the request against
 * the rate limit. The link is built from PUBLIC_URL, never from the request's Host header, which
 * whoever asks could set to their own site.
 */
export async function requestPasswordReset({
  db,
  email,
  publicUrl,
  ttlMinutes,
}: {
  db: Db;
  email: string;
  publicUrl: string;
  ttlMinutes: number;
}): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), isNull(users.disabledAt)));
  if (!user) return;
  const token = newToken();
  await db.transaction(async (tx) => {
    // Only the newest mail's link works; expired links of anyone go too.
    await tx.delete(passwordResets).where(eq(passwordResets.userId, user.id));
    await tx.delete(passwordResets).where(lt(passwordResets.expiresAt, new Date()));
    await tx
      .insert(passwordResets)
      .values({ tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + ttlMinutes * 60_000) });
    await enqueueMail(tx, {
      to: user.email,
      subject: 'Ny adgangskode til Styringsdialog',
      text:
        `Kære ${user.name}\n\nNogen, forhåbentlig dig, har bedt om at få en ny adgangskode til Styringsdialog.\n\n` +
        `Vælg din nye adgangskode her (linket virker én gang og udløber om ${ttlMinutes} minutter):\n${linkOf(publicUrl, token)}\n\n` +
        'Har du ikke bedt om det, kan du se bort fra denne e-mail: din adgangskode er ikke ændret.\n\nVenlig hilsen\nStyringsdialog',
    });
    await recordAudit(tx, {
      actor: actorFor(user),
      entityType: 'user',
      entityId: user.id,
      action: 'update',
      summary: 'Bad om link til ny adgangskode',
    });
  });
}

/** The user a reset link belongs to, while it works (unused, not expired, user active); else null. */
export async function findPasswordReset(db: Db, token: string) {
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, sha256(token)), gt(passwordResets.expiresAt, new Date()), isNull(users.disabledAt)));
  return row ?? null;
}

/**
 * Sets the new password with the link, which is used up by it. Every session of the user ends
 * (whoever knew the old password is logged out too), the login limit on the account is lifted,
 * and the user gets a mail saying the password changed. False when the link no longer works.
 */
export async function resetPassword({ db, token, password }: { db: Db; token: string; password: string }): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    // Deleting the row is what uses the link: of two submits at once, only one gets it back.
    const [used] = await tx
      .delete(passwordResets)
      .where(and(eq(passwordResets.tokenHash, sha256(token)), gt(passwordResets.expiresAt, new Date())))
      .returning({ userId: passwordResets.userId });
    if (!used) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(users.id, used.userId), isNull(users.disabledAt)))
      .returning();
    if (!user) return null;
    await recordAudit(tx, {
      actor: actorFor(user),
      entityType: 'user',
      entityId: user.id,
      action: 'update',
      summary: 'Adgangskode nulstillet med link fra e-mail; alle sessioner afsluttet',
    });
    await enqueueMail(tx, passwordChangedMail(user));
    return user;
  });
  if (!user) return false;
  await destroyUserSessions(db, user.id);
  await clearAccountLimit(db, user.email);
  return true;
}

/** Told after every change of password, so a change the owner did not make does not go unnoticed. */
export function passwordChangedMail(user: { email: string; name: string }) {
  return {
    to: user.email,
    subject: 'Din adgangskode til Styringsdialog er ændret',
    text:
      `Kære ${user.name}\n\nDin adgangskode til Styringsdialog blev ændret ${formatDateTime(new Date())}. ` +
      'Alle steder, hvor du var logget ind med den gamle adgangskode, er du nu logget ud.\n\n' +
      'Var det ikke dig, så bed om en ny adgangskode med "Glemt adgangskode" på siden "Log ind", ' +
      'og kontakt den, der administrerer Styringsdialog hos jer.\n\nVenlig hilsen\nStyringsdialog',
  };
}
