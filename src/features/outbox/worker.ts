import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import { deliverDue, releaseHeld, type Sender } from './service.ts';

export function smtpSender(smtpUrl: string | undefined, from: string): Sender | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: mail.headers,
      attachments: mail.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.contentBase64,
        encoding: 'base64',
      })),
    });
  };
}

/** Polls the outbox every few seconds; stop() waits for the current round to finish. */
export function startOutboxWorker(db: Db, sender: Sender | null, logger: Logger, intervalMs = 5000) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    try {
      if (sender) await releaseHeld(db);
      const n = await deliverDue(db, sender);
      if (n > 0) logger.info({ delivered: n }, 'outbox delivered');
    } catch (error) {
      logger.error({ err: error }, 'outbox round failed');
    }
  };
  const timer = setInterval(() => {
    if (!stopped) running = tick();
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
