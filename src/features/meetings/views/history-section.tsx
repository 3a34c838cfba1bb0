import { HistoryTable, type HistoryEntry } from '../../audit/index.ts';

/** The meeting's history on its page: the newest changes, and the way to all of them. */
export function MeetingHistory({ meetingId, history }: { meetingId: number; history: { entries: HistoryEntry[]; more: boolean } | null }) {
  if (!history) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Historik</h2>
      <p class="sd-muted">
        Ændringer af mødet, dets punkter, beslutninger, deltagere, bilag og referat. Historikken ses kun af dem, der kan redigere mødet.
      </p>
      <HistoryTable entries={history.entries} caption="Mødets historik" />
      {history.more && (
        <p>
          <a href={`/moeder/${meetingId}/historik`}>Se hele mødets historik</a>
        </p>
      )}
    </section>
  );
}
