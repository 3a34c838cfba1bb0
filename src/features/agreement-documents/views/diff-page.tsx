import type { DiffSection } from '../diff.ts';

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
      <p class="form-hint">Tilføjet tekst er markeret med grønt og +, fjernet tekst med rødt og −.</p>
      {sections.every((s) => !s.changed) && <p>Teksten er den samme i de to versioner.</p>}
      {sections
        .filter((s) => s.changed)
        .map((s) => (
          <section aria-labelledby={`diff-${s.key}`}>
            <h2 id={`diff-${s.key}`}>{s.heading}</h2>
            <div class="sd-diff">
              {s.parts.map((p) =>
                p.kind === 'same' ? (
                  <pre class="sd-diff-same">{p.text}</pre>
                ) : p.kind === 'added' ? (
                  <ins class="sd-diff-added">
                    <span class="sr-only">Tilføjet: </span>
                    <pre>{p.text.replace(/^/gm, '+ ').replace(/\+ $/, '')}</pre>
                  </ins>
                ) : (
                  <del class="sd-diff-removed">
                    <span class="sr-only">Fjernet: </span>
                    <pre>{p.text.replace(/^/gm, '− ').replace(/− $/, '')}</pre>
                  </del>
                ),
              )}
            </div>
          </section>
        ))}
      <p>
        <a href={`/aftaledokumenter/${id}`}>Version {number}</a> ·{' '}
        <a href={`/aftaledokumenter/${previous.id}`}>Version {previous.number}</a>
      </p>
    </>
  );
}
