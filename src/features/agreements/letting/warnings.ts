import { addMonths, format, parseISO } from 'date-fns';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../auth/scope.ts';
import { partyEditors } from '../../../auth/party-editors.ts';
import type { Config } from '../../../config.ts';
import type { Db } from '../../../db/client.ts';
import { danishToday } from '../../../lib/copenhagen-time.ts';
import { formatDate } from '../../../ui/format.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueMail } from '../../outbox/index.ts';
import { municipalityName, organisationAdministratorId, organisationName } from '../../registry/index.ts';
import { lettingAgreements } from './tables.ts';
import { KIND_LABELS } from './words.ts';

/** How long before an approved agreement's end both parties are warned. */
export const WARNING_MONTHS = 6;

/** The date `WARNING_MONTHS` after `today`: agreements ending on or before it are due a warning. */
export const warningHorizon = (today: string) => format(addMonths(parseISO(today), WARNING_MONTHS), 'yyyy-MM-dd');

/**
 * Queues the warning that an approved agreement expires within six months, to both parties (the
 * municipality's editors; the organisation's editors and its administrator's staff). Sent once per
 * agreement: the row is marked in the same transaction as the mails are queued, under a row lock,
 * and each mail carries a key the outbox refuses twice. Run by the reminder scan (src/wiring.ts).
 */
export async function queueLettingWarnings({
  db,
  today = danishToday(),
  config,
}: {
  db: Db;
  today?: string;
  config: Pick<Config, 'PUBLIC_URL'>;
}): Promise<number> {
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: lettingAgreements.id,
        kind: lettingAgreements.kind,
        validTo: lettingAgreements.validTo,
        organisationId: lettingAgreements.organisationId,
        organisationName: organisationName(lettingAgreements.organisationId),
        administratorId: organisationAdministratorId(lettingAgreements.organisationId),
        municipalityCode: lettingAgreements.municipalityCode,
        municipalityName: municipalityName(lettingAgreements.municipalityCode),
      })
      .from(lettingAgreements)
      .where(
        and(
          eq(lettingAgreements.status, 'godkendt'),
          isNull(lettingAgreements.expiryWarnedAt),
          gte(lettingAgreements.validTo, today),
          lte(lettingAgreements.validTo, warningHorizon(today)),
        ),
      )
      .orderBy(lettingAgreements.id)
      // A second scan at the same moment skips the rows this one holds; once committed they are marked.
      .for('update', { of: lettingAgreements, skipLocked: true });
    if (due.length === 0) return 0;
    const recipientsOf = await partyEditors(tx);
    let queued = 0;
    for (const a of due) {
      const recipients = recipientsOf(a)
        .map((email) => email.toLowerCase())
        .sort();
      const subject = `Udlejningsaftale udløber ${formatDate(a.validTo)} – ${a.organisationName}`;
      const text = [
        `Udlejningsaftalen (${KIND_LABELS[a.kind].toLowerCase()}) mellem ${a.municipalityName} og ${a.organisationName} udløber ${formatDate(a.validTo)}.`,
        'Tal om en ny aftale eller en forlængelse i god tid, fx på det næste styringsdialogmøde.',
        '',
        `Se aftalen: ${base}/udlejningsaftaler/${a.id}`,
        '',
        'Du får denne e-mail, fordi du er redaktør for kommunen, boligorganisationen eller dens administrationsorganisation i Styringsdialog.',
      ].join('\n');
      for (const to of recipients) {
        await enqueueMail(tx, { to, subject, text, dedupeKey: `letting-expiry:${a.id}:${a.validTo}:${to}` });
        queued++;
      }
      await tx.update(lettingAgreements).set({ expiryWarnedAt: new Date() }).where(eq(lettingAgreements.id, a.id));
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        entityType: 'letting_agreement',
        entityId: a.id,
        action: 'update',
        summary: `Varsel om udløb sendt til ${recipients.length} modtagere`,
      });
    }
    return queued;
  });
}
