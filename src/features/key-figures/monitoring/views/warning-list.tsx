import type { Warning } from '../warnings.ts';
import { LIST_LABELS } from '../words.ts';
import { Badge } from './status.tsx';

/** The early warnings as sentences, each with what kind of warning it is in a word and an icon. */
export function WarningList({ warnings }: { warnings: Warning[] }) {
  return (
    <ul class="nobullet-list sd-warnings">
      {warnings.map((w) => (
        <li>
          <Badge tone="yellow">{w.kind === 'trend' ? 'Udvikling' : 'Kriterium opfyldt'}</Badge>{' '}
          <span class="sd-muted">{`(${LIST_LABELS[w.set].toLowerCase()})`}</span> {w.sentence}
        </li>
      ))}
    </ul>
  );
}
