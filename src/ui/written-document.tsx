/**
 * A written document (aftaledokument, council report) as HTML: the same sections, tables and
 * signatures the PDF and DOCX print (src/lib/written-document), so the page is what gets signed.
 * The page's own <h1> is the document's title; sections are <h2>, sub-sections <h3>.
 */
import type { Child } from 'hono/jsx';
import type { WrittenBlock, WrittenDocument, WrittenSection } from '../lib/written-document/model.ts';
import { generatedText, statusMeta } from '../lib/written-document/text.ts';
import { DescriptionList } from './components.tsx';
import { PlainText } from './plain-text.tsx';
import { ScrollTable } from './table.tsx';

type Props = {
  doc: WrittenDocument;
  /** Shown after a section's heading (an edit link, a "genereret" note), by the section's key. */
  sectionExtra?: (section: WrittenSection) => Child;
};

export function WrittenDocumentView({ doc, sectionExtra }: Props) {
  return (
    <article class="sd-written" aria-label={doc.title}>
      <DescriptionList items={statusMeta(doc).map((line): [string, Child] => [line.label, line.value])} />
      <p class="sd-muted">{generatedText(doc.generatedAt)}</p>
      {doc.sections.map((section) => (
        <Section section={section} level={2} extra={sectionExtra} />
      ))}
      {doc.signatures.length > 0 && (
        <div class="sd-signatures">
          {doc.signatures.map((s) => (
            <div class="sd-signature">
              <p>
                <strong>{s.label}</strong>
              </p>
              {s.lines.map((line) => (
                <p>{line}</p>
              ))}
            </div>
          ))}
        </div>
      )}
    </article>
  );
}

function Section({ section, level, extra }: { section: WrittenSection; level: 2 | 3; extra?: Props['sectionExtra'] }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="sd-written-section">
      <Heading>{section.heading}</Heading>
      {extra?.(section)}
      {section.blocks.map((block) => (
        <Block block={block} label={section.heading} />
      ))}
      {(section.sections ?? []).map((sub) => (
        <Section section={sub} level={3} extra={extra} />
      ))}
    </section>
  );
}

function Block({ block, label }: { block: WrittenBlock; label: string }) {
  switch (block.kind) {
    case 'text':
      return <PlainText text={block.text} />;
    case 'note':
      return (
        <p class="sd-muted">
          <em>{block.text}</em>
        </p>
      );
    case 'facts':
      return <DescriptionList items={block.lines.map((line): [string, Child] => [line.label, line.value])} />;
    case 'table':
      if (!block.rows.length) return block.empty ? <p class="sd-muted">{block.empty}</p> : null;
      return (
        <ScrollTable label={label}>
          <table class="table table--compact">
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th scope="col" class={c.align === 'right' ? 'sd-number' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr>
                  {row.map((cell, i) => (
                    <td class={block.columns[i]?.align === 'right' ? 'sd-number' : undefined}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      );
  }
}
