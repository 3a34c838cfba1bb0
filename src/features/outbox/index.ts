/** Mail goes through the outbox table: written in the sender's transaction, delivered (and retried) by a worker. */
export { countByStatus, enqueueMail, listOutbox, type Mail } from './service.ts';
export { smtpSender, startOutboxWorker } from './worker.ts';
