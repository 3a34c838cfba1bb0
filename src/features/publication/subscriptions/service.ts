import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { countRequest } from '../../../auth/rate-limit.ts';
import { PUBLIC_ACTOR } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { newToken, sha256 } from '../../../lib/tokens.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueMail } from '../../outbox/index.ts';
import { publicationsOf, type FeedScope, type Publications } from '../feeds/entries.ts';
import { publicSubscriptions } from '../tables.ts';
import { absolute, confirmPath } from './links.ts';
import { rowOfScope, scopeOfRow } from './scope.ts';

/*
 * Subscribing by e-mail with double opt-in. The confirmation link is a one-time token stored
 * hashed, as "Glemt adgangskode" does (src/auth/password-reset.ts). The history records each
 * step as done by "Offentligheden", with the address as a short hash, never in clear text.
 */

/** How long a confirmation link works. */
const CONFIRM_DAYS = 7;
const ENTITY = 'public_subscription';

/** The address in the history: a short hash, the same for the same address, that tells nobody the address. */
export const addressKey = (email: string) => sha256(`subscriber:${email.toLowerCase()}`).slice(0, 12);

export interface SubscribeInput {
  db: Db;
  scope: FeedScope;
  publications: Publications;
  email: string;
  ip: string;
  publicUrl: string;
  windowMinutes: number;
}

/**
 * Asks for a subscription: a confirmation mail with a one-time link, unless the address already
 * subscribes (then nothing is sent, and the answer is the same). 'limited' when the address (for
 * this page, or in all) or the IP has asked too often within the window: one confirmation mail
 * for a hundred sign-ups.
 */
export async function subscribe(input: SubscribeInput): Promise<'sent' | 'limited'> {
  const { db, scope, email } = input;
  const row = rowOfScope(scope);
  const limited = await countRequest(
    db,
    { [`subscribe:${email}:${row.scopeKind}:${row.scopeRef}`]: 1, [`subscribe:${email}`]: 5, [`subscribe:ip:${input.ip}`]: 20 },
    input.windowMinutes,
  );
  if (limited) return 'limited';
  const token = newToken();
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: publicSubscriptions.id, confirmedAt: publicSubscriptions.confirmedAt })
      .from(publicSubscriptions)
      .where(
        and(
          eq(publicSubscriptions.email, email),
          eq(publicSubscriptions.scopeKind, row.scopeKind),
          eq(publicSubscriptions.scopeRef, row.scopeRef),
        ),
      )
      .for('update');
    if (existing?.confirmedAt) return;
    const pending = { confirmTokenHash: sha256(token), confirmExpiresAt: new Date(Date.now() + CONFIRM_DAYS * 86_400_000) };
    const [saved] = existing
      ? await tx.update(publicSubscriptions).set(pending).where(eq(publicSubscriptions.id, existing.id)).returning()
      : await tx
          .insert(publicSubscriptions)
          .values({ email, ...row, ...pending, unsubscribeToken: newToken() })
          .returning();
    await enqueueMail(tx, {
      to: email,
      subject: `Bekræft dit abonnement: ${input.publications.title}`,
      text:
        `Nogen, forhåbentlig dig, har bedt om at få en e-mail, når der er nyt fra styringsdialogen om ${input.publications.title}.\n\n` +
        `Bekræft abonnementet her (linket virker én gang og i ${CONFIRM_DAYS} dage):\n${absolute(input.publicUrl, confirmPath(token))}\n\n` +
        'Har du ikke bedt om det, kan du se bort fra denne e-mail: uden bekræftelse får du ingen e-mails fra os.\n\nVenlig hilsen\nStyringsdialog',
    });
    await recordAudit(tx, {
      actor: PUBLIC_ACTOR,
      entityType: ENTITY,
      entityId: saved.id,
      action: 'create',
      summary: `Abonnement på ${input.publications.title} bestilt af adresse ${addressKey(email)}; venter på bekræftelse`,
    });
  });
  return 'sent';
}

/** The subscription a confirmation link belongs to, while it works (unconfirmed, not expired); else null. */
export async function findPendingSubscription(db: Db, token: string) {
  const [row] = await db
    .select()
    .from(publicSubscriptions)
    .where(
      and(
        eq(publicSubscriptions.confirmTokenHash, sha256(token)),
        gt(publicSubscriptions.confirmExpiresAt, new Date()),
        isNull(publicSubscriptions.confirmedAt),
      ),
    );
  return row ?? null;
}

/**
 * Confirms with the link, which is used up by it. What is public now counts as told: the first
 * digest holds only what is published after. Null when the link no longer works.
 */
export async function confirmSubscription(db: Db, token: string) {
  const row = await findPendingSubscription(db, token);
  if (!row) return null;
  const publications = await publicationsOf(db, scopeOfRow(row));
  return db.transaction(async (tx) => {
    // Clearing the hash is what uses the link: of two submits at once, only one gets the row back.
    const [confirmed] = await tx
      .update(publicSubscriptions)
      .set({
        confirmTokenHash: null,
        confirmExpiresAt: null,
        confirmedAt: new Date(),
        seenKeys: publications?.entries.map((e) => e.key) ?? [],
      })
      .where(and(eq(publicSubscriptions.id, row.id), eq(publicSubscriptions.confirmTokenHash, sha256(token))))
      .returning();
    if (!confirmed) return null;
    await recordAudit(tx, {
      actor: PUBLIC_ACTOR,
      entityType: ENTITY,
      entityId: row.id,
      action: 'update',
      summary: `Abonnement bekræftet af adresse ${addressKey(row.email)}`,
    });
    return { ...confirmed, title: publications?.title ?? null, path: publications?.path ?? null };
  });
}

/** The subscription an unsubscribe link names, or null when it is gone. */
export async function findSubscription(db: Db, token: string) {
  const [row] = await db.select().from(publicSubscriptions).where(eq(publicSubscriptions.unsubscribeToken, token));
  return row ?? null;
}

/** Ends the subscription: the row (and the address) is deleted. False when it was already gone. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx.delete(publicSubscriptions).where(eq(publicSubscriptions.unsubscribeToken, token)).returning();
    if (!gone) return false;
    await recordAudit(tx, {
      actor: PUBLIC_ACTOR,
      entityType: ENTITY,
      entityId: gone.id,
      action: 'delete',
      summary: `Abonnement afmeldt af adresse ${addressKey(gone.email)}`,
    });
    return true;
  });
}

/** Unconfirmed subscriptions whose link expired are swept by the digest scan. */
export async function sweepUnconfirmed(db: Db): Promise<void> {
  await db
    .delete(publicSubscriptions)
    .where(and(isNull(publicSubscriptions.confirmedAt), lt(publicSubscriptions.confirmExpiresAt, new Date())));
}
