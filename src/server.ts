import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { boot, type Say } from './boot.ts';
import { loadConfig, type Config } from './config.ts';
import type { Database } from './db/client.ts';
import { startReminderScheduler } from './features/dialogue/index.ts';
import { smtpSender, startOutboxWorker } from './features/outbox/index.ts';
import { listenLines } from './listen-lines.ts';
import { createLogger } from './logger.ts';

/**
 * Starts the HTTP server. On SIGTERM/SIGINT it stops taking connections, lets in-flight
 * requests finish, stops the outbox worker, then closes the database, so PGlite's data
 * folder is always left consistent.
 */
export async function startServer(config: Config = loadConfig(), opening?: Promise<Database>, say: Say = (line) => console.log(line)) {
  const logger = createLogger(config);
  const { database, deps } = await boot(config, logger, opening, say);
  const app = createApp(deps);
  const worker = startOutboxWorker(deps.db, smtpSender(config.SMTP_URL, config.MAIL_FROM), logger);
  const reminders = startReminderScheduler(deps.db, config, deps.wiring.dialogueFacts, logger, { more: deps.wiring.reminderScans });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ port, host: config.HOST, database: database.kind }, 'listening');
  for (const line of listenLines(config, port)) say(line);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      logger.info('shutting down');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await reminders.stop();
      await worker.stop();
      await database.close();
      logger.info('stopped');
    })());
  return { app, server, close, deps };
}

export function handleSignals(close: () => Promise<void>) {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      close().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
