/**
 * A section's text as HTML: paragraphs separated by blank lines, "- " bullets, two spaces of
 * indentation for a bullet under a bullet (the written document's conventions).
 */
type Item = { text: string; children: string[] };

function bulletsOf(lines: string[]): Item[] {
  const items: Item[] = [];
  for (const line of lines) {
    const nested = /^\s{2,}[-*•]\s+/.test(line);
    const text = line.replace(/^\s*[-*•]\s+/, '');
    if (nested && items.length) items[items.length - 1].children.push(text);
    else items.push({ text, children: [] });
  }
  return items;
}

export function TextBlocks({ text, empty }: { text: string; empty?: string }) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
  if (blocks.length === 0) return <p class="sd-muted">{empty ?? 'Ingen tekst.'}</p>;
  return (
    <>
      {blocks.map((lines) => {
        const firstBullet = lines.findIndex((l) => /^\s*[-*•]\s+/.test(l));
        if (firstBullet === -1) return <p>{lines.join(' ')}</p>;
        const lead = lines.slice(0, firstBullet);
        return (
          <>
            {lead.length > 0 && <p>{lead.join(' ')}</p>}
            <ul>
              {bulletsOf(lines.slice(firstBullet)).map((i) => (
                <li>
                  {i.text}
                  {i.children.length > 0 && (
                    <ul>
                      {i.children.map((c) => (
                        <li>{c}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </>
        );
      })}
    </>
  );
}
