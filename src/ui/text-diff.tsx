import type { DiffPart } from '../lib/text-diff.ts';

/** The hint every difference view gives before the text. */
export const DIFF_HINT = 'Tilføjet tekst er markeret med grønt og +, fjernet tekst med rødt og −.';

/** Added and removed lines marked in colour, with a sign and a screen-reader word (not by colour alone). */
export function TextDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <div class="sd-diff">
      {parts.map((p) =>
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
  );
}
