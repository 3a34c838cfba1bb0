import { formatDateTime } from '../../../../ui/format.ts';
import type { minutesDiff } from '../service.ts';
import { DIFF_HINT, TextDiff } from '../../../../ui/text-diff.tsx';

type Data = Awaited<ReturnType<typeof minutesDiff>>;

/** One version of the minutes: its text, and what changed since the version before (added and removed lines). */
export function VersionPage({ d }: { d: Data }) {
  return (
    <>
      <h1>Referat, version {d.version}</h1>
      <p class="font-lead">
        {d.meeting.title}
        {d.approvedAt ? ` · godkendt ${formatDateTime(d.approvedAt)} af ${d.approvedBy}` : ' · kladde, ikke godkendt endnu'}
      </p>
      {d.parts ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">Ændringer i forhold til version {d.previous}</h2>
          <p class="form-hint">{DIFF_HINT}</p>
          <TextDiff parts={d.parts} />
        </section>
      ) : (
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">Referatets tekst</h2>
          <pre class="sd-pre">{d.text}</pre>
        </section>
      )}
      <p>
        <a href={`/moeder/${d.meeting.id}`}>Tilbage til mødet</a>
      </p>
    </>
  );
}
