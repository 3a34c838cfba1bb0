import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { docxWith, pdfWith } from '../../../test/documents.ts';
import { queryRows } from '../../db/client.ts';
import { freshDatabase } from '../../../test/db.ts';
import { extractText } from './extract-text.ts';
import { MAX_TEXT_CHARS, searchableText } from './search-text.ts';

describe('text extraction for search', () => {
  it('reads PDF and DOCX in a worker thread while the event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
    }, 1);
    const [pdf, docx] = await Promise.all([
      extractText(await pdfWith('Tilsynet bemærker et overskud på 748.000 kr.', 40), 'application/pdf'),
      extractText(
        await docxWith('Årsberetning\nHenlæggelser til vedligeholdelse'),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ]);
    clearInterval(timer);
    expect(pdf).toContain('Tilsynet bemærker et overskud på 748.000 kr.');
    expect(pdf).toContain('Bilag side 40.');
    expect(docx).toBe('Årsberetning\n\nHenlæggelser til vedligeholdelse');
    expect(ticks).toBeGreaterThan(0);
  });

  it('stores a damaged PDF without text, and gives up on one that takes too long, then reads the next', async () => {
    expect(await extractText(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), 'application/pdf')).toBeNull();
    expect(await extractText(await pdfWith('langsom', 200), 'application/pdf', 1)).toBeNull();
    // The worker that ran out of time is replaced: the next file is read as usual.
    expect(await extractText(await pdfWith('Næste fil læses igen'), 'application/pdf')).toBe('Næste fil læses igen');
    expect(await extractText(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png')).toBeNull();
  });

  it('decodes CSV as UTF-8 or Windows-1252 and drops NUL bytes', async () => {
    expect(await extractText(new TextEncoder().encode('afdeling;husleje\nØrneparken;1.234\n'), 'text/csv')).toBe(
      'afdeling;husleje\nØrneparken;1.234',
    );
    expect(await extractText(new Uint8Array([0xd8, 0x72, 0x6e, 0x65, 0x3b, 0x31]), 'text/csv')).toBe('Ørne;1');
    expect(searchableText('a\u0000b')).toBe('a b');
    expect(searchableText(' \n ')).toBeNull();
  });

  it("cuts long text so that PostgreSQL's tsvector (at most 1 MB) always holds it", async () => {
    const words = 'overskud henlæggelse afdeling boligorganisation regnskab budget beboer husleje'.split(' ');
    const prose = Array.from({ length: 300_000 }, (_, i) => words[i % words.length]).join(' ');
    // Ordinary prose (few distinct words) is kept up to the character cap.
    expect(searchableText(prose)!.length).toBeGreaterThan(MAX_TEXT_CHARS - 20);
    expect(searchableText(prose)!.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    // Garbage from a PDF with a broken font: every word distinct, the worst case for the vector's size.
    let garbage = '';
    for (let i = 0; garbage.length < 2_000_000; i++) garbage += `${(i * 7919).toString(36)}x${i.toString(36)} `;
    const cut = searchableText(garbage)!;
    expect(cut.length).toBeLessThan(MAX_TEXT_CHARS / 2); // cut by the estimated vector size, not the character cap
    const database = await freshDatabase();
    try {
      const [row] = await queryRows<{ size: number }>(database.db, sql`select pg_column_size(to_tsvector('danish', ${cut})) as size`);
      expect(Number(row.size)).toBeLessThan(1_048_575);
    } finally {
      await database.close();
    }
  });
});
