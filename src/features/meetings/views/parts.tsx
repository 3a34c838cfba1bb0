import type { Child } from 'hono/jsx';
import { CsrfField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { parseBlocks, type Block } from '../export/blocks.ts';
import { danishParts } from '../../../lib/copenhagen-time.ts';

/** "3. dec. 2026, 10.00–12.00"; a meeting at midnight had no time given (imported minutes), so only its day. */
export function meetingTime(startsAt: Date | null, endsAt: Date | null = null): string {
  if (!startsAt) return 'Ikke fastsat';
  if (!endsAt && danishParts(startsAt).time === '00:00') return formatDate(startsAt);
  const end = endsAt ? `–${danishParts(endsAt).time.replace(':', '.')}` : '';
  return `${formatDateTime(startsAt)}${end}`;
}

type ItemBlock = Extract<Block, { kind: 'item' }>;
type ListNode = { block: ItemBlock; children: ListNode[] };

/** Items nested by their level; a level deeper than the one before counts as one deeper. */
function listTree(items: ItemBlock[]): ListNode[] {
  const roots: ListNode[] = [];
  const open: ListNode[] = []; // the last node on each level so far
  for (const block of items) {
    const node: ListNode = { block, children: [] };
    const level = Math.min(block.level, open.length);
    open.length = level;
    (level === 0 ? roots : open[level - 1].children).push(node);
    open.push(node);
  }
  return roots;
}

function List({ nodes }: { nodes: ListNode[] }) {
  return (
    <ul>
      {nodes.map(({ block, children }) => (
        // A labelled item ("1.", "a)") keeps its own label: the text refers to it ("Ad 1-2").
        <li class={block.label ? 'sd-labelled' : undefined}>
          {block.label && <span class="sd-label">{block.label} </span>}
          {block.text}
          {children.length > 0 && <List nodes={children} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * Plain text as paragraphs and (nested, labelled) lists, read by the same parser as the PDF and
 * Word exports (export/blocks.ts), so the page shows what they print.
 */
export function PlainText({ text }: { text: string }) {
  if (!text.trim()) return null;
  const out: Child[] = [];
  let items: ItemBlock[] = [];
  const flush = () => {
    if (items.length) out.push(<List nodes={listTree(items)} />);
    items = [];
  };
  for (const block of parseBlocks(text)) {
    if (block.kind === 'item') {
      items.push(block);
      continue;
    }
    flush();
    out.push(
      <p>
        {block.lines.map((line, i) => (
          <>
            {i > 0 && <br />}
            {line}
          </>
        ))}
      </p>,
    );
  }
  flush();
  return <div class="sd-plain">{out}</div>;
}

/** A one-button form: every change is a POST with the CSRF token. */
export function ActionButton({
  action,
  csrf,
  label,
  secondary,
  small,
  hidden,
}: {
  action: string;
  csrf: string;
  label: string;
  secondary?: boolean;
  small?: boolean;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="post" action={action} class="sd-inline-form">
      <CsrfField token={csrf} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={`button ${secondary ? 'button-secondary' : 'button-primary'}${small ? ' button-small' : ''}`}>
        {label}
      </button>
    </form>
  );
}
