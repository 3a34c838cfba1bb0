import { and, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import type { Db } from '../../../db/client.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { formatDate } from '../../../ui/format.ts';
import { enqueueMail } from '../../outbox/index.ts';
import { publicationsOf, type Publications } from '../feeds/entries.ts';
import { publicSubscriptions } from '../tables.ts';
import { absolute, unsubscribePath } from './links.ts';
import { scopeOfRow } from './scope.ts';
import { nextSeenKeys } from './seen-keys.ts';
import { sweepUnconfirmed } from './service.ts';

/**
 * The subscriptions' digest, run by the hourly reminder scan (src/wiring.ts): per confirmed
 * subscription not yet sent one today (Danish date), one mail with what became public since its
 * last digest (entries not in seen_keys), nothing when nothing is new; seen_keys is pruned to
 * what is still public and the recently gone (seen-keys.ts). Each row is locked while
 * it is handled (a second scan skips it) and its mail carries a key the outbox refuses twice.
 */
export async function queueSubscriptionDigests({
  db,
  today = danishToday(),
  config,
}: {
  db: Db;
  today?: string;
  config: Pick<Config, 'PUBLIC_URL'>;
}): Promise<number> {
  await sweepUnconfirmed(db);
  const due = await db
    .select({ id: publicSubscriptions.id, scopeKind: publicSubscriptions.scopeKind, scopeRef: publicSubscriptions.scopeRef })
    .from(publicSubscriptions)
    .where(
      and(
        isNotNull(publicSubscriptions.confirmedAt),
        or(isNull(publicSubscriptions.lastDigestOn), ne(publicSubscriptions.lastDigestOn, today)),
      ),
    )
    .orderBy(publicSubscriptions.id);
  // Many subscribe to the same estate: its publications are read once per scan.
  const read = new Map<string, Promise<Publications | null>>();
  let queued = 0;
  for (const { id, scopeKind, scopeRef } of due) {
    const key = `${scopeKind}:${scopeRef}`;
    if (!read.has(key)) read.set(key, publicationsOf(db, scopeOfRow({ scopeKind, scopeRef })));
    const p = await read.get(key)!;
    if (!p) continue;
    const sent = await db.transaction(async (tx) => {
      const [s] = await tx
        .select()
        .from(publicSubscriptions)
        .where(
          and(eq(publicSubscriptions.id, id), or(isNull(publicSubscriptions.lastDigestOn), ne(publicSubscriptions.lastDigestOn, today))),
        )
        .for('update', { skipLocked: true });
      if (!s) return false;
      const seen = new Set(s.seenKeys);
      const fresh = p.entries.filter((e) => !seen.has(e.key));
      if (fresh.length === 0) return false;
      const unsubscribe = absolute(config.PUBLIC_URL, unsubscribePath(s.unsubscribeToken));
      await enqueueMail(tx, {
        to: s.email,
        subject: `Nyt fra styringsdialogen: ${p.title}`,
        text: digestText(p, fresh, config.PUBLIC_URL, unsubscribe, today),
        dedupeKey: `subscription-digest:${s.id}:${today}`,
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      await tx
        .update(publicSubscriptions)
        .set({
          seenKeys: nextSeenKeys(
            s.seenKeys,
            p.entries.map((e) => e.key),
            fresh.map((e) => e.key),
          ),
          lastDigestOn: today,
        })
        .where(eq(publicSubscriptions.id, s.id));
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}

function digestText(p: Publications, fresh: Publications['entries'], publicUrl: string, unsubscribe: string, today: string): string {
  return [
    `Nyt offentliggjort om ${p.title} (${formatDate(today)}):`,
    '',
    ...fresh.flatMap((e) => [`• ${e.title}`, `  ${e.summary}`, `  ${absolute(publicUrl, e.path)}`, '']),
    `Se alt om ${p.title}: ${absolute(publicUrl, p.path)}`,
    '',
    'Du får denne e-mail, fordi du har bekræftet et abonnement i Styringsdialog. Du får højst én e-mail om dagen.',
    `Afmeld med ét klik: ${unsubscribe}`,
  ].join('\n');
}
