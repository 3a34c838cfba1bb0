/** Files that are not minutes, or cannot be read: each refused with a Danish message, never an exception. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph } from 'docx';
import { extractMinutesText } from './extract.ts';
import { importMinutesFile } from '../import-file.ts';
import { makePdf } from '../fixtures/pdf.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const MINUTES =
  'Referat af styringsdialogmøde\nDato: 3. marts 2022\n\n1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n2. Eventuelt\nIntet.\n';

async function refused(bytes: Uint8Array, fileName: string): Promise<string> {
  const result = await importMinutesFile(bytes, fileName);
  if (result.ok) throw new Error(`${fileName} was accepted`);
  return result.message;
}

describe('extracting the text of a minutes file', () => {
  it('reads UTF-8, UTF-8 with BOM and Windows-1252 text', async () => {
    for (const bytes of [
      utf8(MINUTES),
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(MINUTES)]),
      new Uint8Array(iconv.encode(MINUTES, 'win1252')),
    ]) {
      const result = await extractMinutesText(bytes, 'referat.txt');
      expect(result).toMatchObject({ ok: true, kind: 'txt', pages: null });
      if (result.ok) expect(result.text).toContain('styringsdialogmøde');
    }
  });

  it('tells the type by content, not by name', async () => {
    const pdf = await makePdf([{ kind: 'para', text: 'Referat af mødet den 3. marts 2022 med Lejerbo.' }]);
    expect(await extractMinutesText(pdf, 'referat.txt')).toMatchObject({ ok: true, kind: 'pdf', pages: 1 });
    expect(await extractMinutesText(utf8(MINUTES), 'referat.pdf')).toMatchObject({ ok: true, kind: 'txt' });
  });

  it('refuses an empty file', async () => {
    expect(await refused(new Uint8Array(0), 'referat.txt')).toBe('Filen er tom.');
    expect(await refused(utf8('  \n\n  '), 'referat.txt')).toMatch(/^Filen er tom/);
  });

  it('refuses files of other types', async () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      ...new Array(64).fill(0),
    ]);
    expect(await refused(png, 'referat.png')).toMatch(/^Filen er hverken TXT, DOCX eller PDF – den ligner en PNG-fil/);
    const binary = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect(await refused(binary, 'referat.bin')).toMatch(/^Filen er hverken TXT, DOCX eller PDF/);
  });

  it('refuses text that is not minutes: a CSV file, a random text', async () => {
    const csv = 'afdeling;boliger;husleje\n101;240;5400\n102;88;6100\n103;120;5900\n';
    expect(await refused(utf8(csv), 'noegletal.csv')).toMatch(/^Filen ligner ikke et referat: /);
    const prose =
      'Der var engang en konge, som havde tre sønner. Den ældste var klog, den mellemste var stærk, og den yngste var doven.\n\nEn dag sagde kongen til sine sønner, at den, som kunne finde den smukkeste hest, skulle arve riget.\n';
    expect(await refused(utf8(prose), 'eventyr.txt')).toMatch(/^Filen ligner ikke et referat: /);
  });

  it('refuses a PDF with no text layer (scanned)', async () => {
    const scanned = await makePdf([], { imageOnly: true });
    expect(await refused(scanned, 'scannet.pdf')).toMatch(/^PDF-filen indeholder ingen tekst – den er formentlig scannet\./);
  });

  it('refuses an encrypted PDF', async () => {
    const locked = await makePdf([{ kind: 'para', text: 'Referat af mødet den 3. marts 2022.' }], { userPassword: 'hemmelig' });
    expect(await refused(locked, 'referat.pdf')).toMatch(/^PDF-filen er beskyttet med en adgangskode/);
  });

  it('refuses a corrupt PDF and a corrupt DOCX', async () => {
    const pdf = await makePdf([{ kind: 'para', text: 'Referat af mødet den 3. marts 2022.' }]);
    expect(await refused(pdf.slice(0, 400), 'referat.pdf')).toMatch(/^PDF-filen er beskadiget/);
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Referat')] }] })));
    expect(await refused(docx.slice(0, Math.floor(docx.length / 2)), 'referat.docx')).toMatch(/^DOCX-filen er beskadiget/);
  });

  it('refuses an encrypted DOCX and an old .doc (both OLE containers)', async () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refused(cfb, 'referat.docx')).toMatch(/^DOCX-filen er krypteret med en adgangskode/);
    expect(await refused(cfb, 'referat.doc')).toMatch(/\.doc\)/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    const started = performance.now();
    expect(await refused(huge, 'referat.pdf')).toMatch(/^Filen er for stor \(100 MB\)\. Et referat må højst fylde 25 MB\./);
    // Reading 100 MB of PDF would take many seconds; the refusal takes no time (Intl's first use aside).
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await extractMinutesText(utf8(MINUTES), 'referat.txt', { maxBytes: 10 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Filen er for stor/),
    });
  });

  it('accepts minutes', async () => {
    const result = await importMinutesFile(utf8(MINUTES), 'referat.txt');
    expect(result).toMatchObject({
      ok: true,
      kind: 'txt',
      minutes: {
        date: '2022-03-03',
        items: [
          { number: '1', decisions: ['Dagsordenen blev godkendt.'] },
          { number: '2', title: 'Eventuelt' },
        ],
      },
    });
  });
});
