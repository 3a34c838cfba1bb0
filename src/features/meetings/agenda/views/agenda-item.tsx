import { formatDate } from '../../../../ui/format.ts';
import { THEME_LABELS } from '../../labels.ts';
import type { MeetingItemView } from '../../load.ts';
import { renderVote } from '../../minutes/votes.ts';
import { ActionButton } from '../../views/parts.tsx';
import { PlainText } from '../../../../ui/plain-text.tsx';

import { type MeetingPageProps as Props } from '../../views/page-props.ts';

export function Item({ item, p, sub }: { item: MeetingItemView | MeetingItemView['children'][number]; p: Props; sub?: boolean }) {
  const base = `/moeder/${p.m.id}/punkter/${item.id}`;
  const editable = p.m.canManage && !p.m.locked;
  const Heading = sub ? 'h4' : 'h3';
  return (
    <li class="sd-agenda-item" id={`punkt-${item.id}`}>
      <Heading class={sub ? 'h5' : 'h4'}>
        <span class="sd-item-number">{item.number}.</span> <a href={base}>{item.title}</a>
        {item.closed && <span class="sd-badge sd-badge-red"> Lukket punkt</span>}
      </Heading>
      {item.theme && <p class="sd-muted">Tema: {THEME_LABELS[item.theme]}</p>}
      {(item.caseNumber || item.decidingBody) && (
        <p class="sd-muted">
          {[item.caseNumber && `Sagsnr. ${item.caseNumber}`, item.decidingBody && `Sagen afgøres i ${item.decidingBody}`]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <PlainText text={item.text} />
      {item.notes && (
        <>
          <p>
            <strong>Referat</strong>
          </p>
          <PlainText text={item.notes} />
        </>
      )}
      {item.decisions.map((d) => (
        <p class="sd-decision">
          <strong>
            Beslutning{d.body ? ` i ${d.body}` : ''}
            {d.decidedOn ? ` den ${formatDate(d.decidedOn)}` : ''}:
          </strong>{' '}
          {d.text} {renderVote(d)}
        </p>
      ))}
      {item.actions.length > 0 && (
        <p>
          <strong>Opfølgning</strong>
        </p>
      )}
      {item.actions.length > 0 && (
        <ul class="sd-action-items">
          {item.actions.map((a) => (
            <li>
              {a.doneAt ? '✓ ' : ''}
              {a.text}
              {a.responsible && ` – ${a.responsible}`}
              {a.due && ` (frist ${formatDate(a.due)})`}
            </li>
          ))}
        </ul>
      )}
      {item.files.length > 0 && (
        <p>
          Bilag:{' '}
          {item.files.map((f, i) => (
            <>
              {i > 0 && ', '}
              <a href={`/moeder/${p.m.id}/bilag/${f.id}`}>{f.fileName}</a>
            </>
          ))}
        </p>
      )}
      {editable && (
        <div class="sd-item-tools">
          <a class="button button-secondary button-small" href={base}>
            Redigér punkt {item.number}
            <span class="sr-only">: {item.title}</span>
          </a>
          <ActionButton action={`${base}/flyt`} csrf={p.csrf} label={`Flyt ${item.number} op`} hidden={{ retning: 'op' }} secondary small />
          <ActionButton
            action={`${base}/flyt`}
            csrf={p.csrf}
            label={`Flyt ${item.number} ned`}
            hidden={{ retning: 'ned' }}
            secondary
            small
          />
        </div>
      )}
      {item.children.length > 0 && (
        <ol class="sd-agenda sd-agenda-sub">
          {item.children.map((c) => (
            <Item item={c} p={p} sub />
          ))}
        </ol>
      )}
    </li>
  );
}
