/** The unpacking limits against a ZIP that lies about its sizes: the declared size is what a part may inflate to. */
import { describe, expect, it } from 'vitest';
import { docxWith, zipBomb } from '../../test/documents.ts';
import { DOCX, openProblem } from './archive-limits.ts';

/** Rewrites the unpacked size a ZIP declares for `name`, in its local header and its central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const encodedName = Buffer.from(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = view.getUint32(i, true);
    const [nameAt, sizeAt] = signature === 0x04034b50 ? [30, 22] : signature === 0x02014b50 ? [46, 24] : [-1, -1];
    if (nameAt < 0 || view.getUint16(i + nameAt - (signature === 0x04034b50 ? 4 : 18), true) !== encodedName.length) continue;
    if (Buffer.from(bytes.subarray(i + nameAt, i + nameAt + encodedName.length)).equals(encodedName))
      view.setUint32(i + sizeAt, size, true);
  }
  return bytes;
}

describe('openProblem on a ZIP that understates its sizes', () => {
  it('refuses a part that inflates to more than it declares, without inflating it all', async () => {
    const liar = declareSize(await zipBomb(await docxWith('Årsberetning'), 210), 'word/media/fyld.bin', 1024);
    expect(await openProblem(liar, DOCX, 'Filen "beretning.docx"')).toBe(
      'Filen "beretning.docx" pakker ud til mere, end den selv oplyser, og kan derfor ikke åbnes. Den største tilladte udpakkede størrelse er 200 MB; gem dokumentet igen fra Word eller Excel.',
    );
  }, 30_000);
});
