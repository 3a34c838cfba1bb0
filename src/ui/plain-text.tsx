import type { Child } from 'hono/jsx';
import { parseBlocks, type Block } from '../lib/written-document/blocks.ts';

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
 * Word exports (src/lib/written-document/blocks.ts), so the page shows what they print.
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
