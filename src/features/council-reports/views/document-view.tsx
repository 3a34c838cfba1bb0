import type { WrittenBlock, WrittenDocument } from '../../../lib/written-document/model.ts';

/*
 * The report's document as HTML, until the shared renderer (src/ui/written-document.tsx) is on
 * main: paragraphs split by blank lines, "- " lines as bullets, tables and fact lines.
 */

function Text({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => {
          const lines = p.split('\n');
          const items = lines.filter((l) => /^\s*- /.test(l));
          const lead = lines.filter((l) => !/^\s*- /.test(l));
          return (
            <>
              {lead.length > 0 && <p>{lead.join(' ')}</p>}
              {items.length > 0 && (
                <ul>
                  {items.map((l) => (
                    <li>{l.replace(/^\s*- /, '')}</li>
                  ))}
                </ul>
              )}
            </>
          );
        })}
    </>
  );
}

function Block({ block, caption }: { block: WrittenBlock; caption: string }) {
  if (block.kind === 'text') return <Text text={block.text} />;
  if (block.kind === 'facts')
    return (
      <dl>
        {block.lines.map((l) => (
          <>
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </>
        ))}
      </dl>
    );
  return (
    <div class="table--responsive-scroll">
      <table class="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th scope="col" class={c.align === 'right' ? 'text-align-right' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.length === 0 && (
            <tr>
              <td colspan={block.columns.length}>{block.empty ?? ''}</td>
            </tr>
          )}
          {block.rows.map((r) => (
            <tr>
              {r.map((cell, i) => (
                <td class={block.columns[i]?.align === 'right' ? 'text-align-right' : undefined}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportDocument({ doc }: { doc: WrittenDocument }) {
  return (
    <article class="sd-written-document">
      {doc.sections.map((s) => (
        <section>
          <h2>{s.heading}</h2>
          {s.blocks.map((b) => (
            <Block block={b} caption={s.heading} />
          ))}
        </section>
      ))}
    </article>
  );
}
