import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../../db/client.ts';
import { freshDatabase } from '../../../test/db.ts';
import { deliverDue, enqueueMail } from './service.ts';
import { outbox } from './tables.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('outbox', () => {
  it('queues a message once per dedupe key', async () => {
    await enqueueMail(database.db, { to: 'a@example.dk', subject: 'Frist', text: 'x', dedupeKey: 'reminder:1' });
    await enqueueMail(database.db, { to: 'a@example.dk', subject: 'Frist', text: 'x', dedupeKey: 'reminder:1' });
    expect((await database.db.select().from(outbox).where(eq(outbox.dedupeKey, 'reminder:1'))).length).toBe(1);
  });

  it('holds messages when no SMTP is configured, and retries a failed send later', async () => {
    await enqueueMail(database.db, { to: 'b@example.dk', subject: 'Hold', text: 'x' });
    await deliverDue(database.db, null);
    const held = await database.db.select().from(outbox).where(eq(outbox.toAddress, 'b@example.dk'));
    expect(held[0].status).toBe('held');
    const failing = async () => {
      throw new Error('SMTP nede');
    };
    await deliverDue(database.db, failing);
    const [after] = await database.db.select().from(outbox).where(eq(outbox.toAddress, 'b@example.dk'));
    expect(after.status).toBe('pending');
    expect(after.attempts).toBe(1);
    expect(after.lastError).toBe('SMTP nede');
    expect(after.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('hands extra header lines (List-Unsubscribe) to the sender', async () => {
    const headers = { 'List-Unsubscribe': '<https://example.dk/afmeld/x>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
    await database.db.delete(outbox);
    await enqueueMail(database.db, { to: 'h@example.dk', subject: 'Nyt', text: 'x', headers });
    await enqueueMail(database.db, { to: 'i@example.dk', subject: 'Uden', text: 'x' });
    const sent: { to: string; headers?: Record<string, string> }[] = [];
    await deliverDue(database.db, async (m) => {
      sent.push(m);
    });
    expect(sent.find((m) => m.to === 'h@example.dk')?.headers).toEqual(headers);
    expect(sent.find((m) => m.to === 'i@example.dk')?.headers).toBeUndefined();
  });

  it('two workers on one PostgreSQL database send each message exactly once', async (ctx) => {
    if (database.kind !== 'postgres') return ctx.skip(); // PGlite is one connection: there is no second worker to race.
    await database.db.delete(outbox);
    for (let i = 0; i < 40; i++) await enqueueMail(database.db, { to: `m${i}@example.dk`, subject: `Besked ${i}`, text: 'x' });
    const url = (database.db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
    const second = await openDatabase({ url });
    const sent: string[] = [];
    const sender = async (m: { to: string }) => {
      await new Promise((r) => setTimeout(r, 2));
      sent.push(m.to);
    };
    await Promise.all([deliverDue(database.db, sender, 100), deliverDue(second.db, sender, 100)]);
    await second.close();
    expect(sent.length).toBe(40);
    expect(new Set(sent).size).toBe(40);
  });
});
