import type { DiffSection } from '../diff.ts';
import { DIFF_HINT, TextDiff } from '../../../ui/text-diff.tsx';

/** What changed from one version to the one before, section by section (added and removed lines). */
export function DiffPage({
  id,
  number,
  previous,
  sections,
}: {
  id: number;
  number: number;
  previous: { id: number; number: number };
  sections: DiffSection[];
}) {
  return (
    <>
      <h1>
        Forskelle mellem version {previous.number} og {number}
      </h1>
      <p class="form-hint">{DIFF_HINT}</p>
      {sections.every((s) => !s.changed) && <p>Teksten er den samme i de to versioner.</p>}
      {sections
        .filter((s) => s.changed)
        .map((s) => (
          <section aria-labelledby={`diff-${s.key}`}>
            <h2 id={`diff-${s.key}`}>{s.heading}</h2>
            <TextDiff parts={s.parts} />
          </section>
        ))}
      <p>
        <a href={`/aftaledokumenter/${id}`}>Version {number}</a> ·{' '}
        <a href={`/aftaledokumenter/${previous.id}`}>Version {previous.number}</a>
      </p>
    </>
  );
}
