/** The reader's limits: what a DOCX may unpack to and how much text it takes, each refused with the limit in Danish. */
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { zipBomb } from '../../../../test/documents.ts';
import { importMinutesFile } from '../import-file.ts';
import { importMinutesInWorker } from '../import-in-worker.ts';

const MINUTES =
  'Referat af styringsdialogmøde\nDato: 3. marts 2022\n\n1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n2. Eventuelt\nIntet.\n';
const docxOf = async (text: string) =>
  new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((t) => new Paragraph(t)) }] })));

async function refused(bytes: Uint8Array, fileName: string): Promise<string> {
  const result = await importMinutesFile(bytes, fileName);
  if (result.ok) throw new Error(`${fileName} was accepted`);
  return result.message;
}

describe('the minutes reader’s limits', () => {
  it('refuses a DOCX that unpacks to more than 200 MB before mammoth reads it', async () => {
    const bomb = await zipBomb(await docxOf(MINUTES), 210);
    expect(await refused(bomb, 'referat.docx')).toBe(
      'Filen pakker ud til mere end 200 MB (210 MB). Den største tilladte udpakkede størrelse er 200 MB; gem dokumentet igen uden store indlejrede filer.',
    );
  }, 30_000);

  it('refuses a text of more than 2,000,000 characters before parsing it', async () => {
    const line = '1. Punkt om budget og drift i afdelingen, som blev drøftet\n';
    const text = MINUTES + line.repeat(Math.ceil(2_000_001 / line.length));
    const started = Date.now();
    expect(await refused(new TextEncoder().encode(text), 'referat.txt')).toMatch(
      /^Referatet er for langt \([\d.]+ tegn\)\. Importen læser højst 2\.000\.000 tegn tekst, omkring 1\.000 sider\./,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads UTF-16 text instead of calling it an MP1 file', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(MINUTES, 'utf16le')]);
    const result = await importMinutesFile(bytes, 'referat.txt');
    expect(result.ok && result.minutes.date).toBe('2022-03-03');
    const csv = new Uint8Array([0xff, 0xfe, ...Buffer.from('a;b;c\r\n1;2;3\r\n', 'utf16le')]);
    expect(await refused(csv, 'tal.csv')).not.toMatch(/MP1/);
  });

  it('does not tell a DOCX that took too long to use the DOCX version', async () => {
    const result = await importMinutesInWorker(await docxOf(MINUTES), 'referat.docx', { maxBytes: 25 * 1024 * 1024, timeoutMs: 1 });
    expect(result).toEqual({
      ok: false,
      message: 'Filen tog for lang tid at læse (over 0 sekunder). Del referatet op i flere filer, og importér dem hver for sig.',
    });
  });
});
