import { fileTypeFromBuffer } from 'file-type';
import { openProblem } from '../archive-limits.ts';
import { fieldError } from '../errors.ts';
import { utf16Text } from '../text-decoding.ts';
import { isTooLarge, tooLargeMessage } from './limits.ts';

/** What may be uploaded, by content; the name's extension must agree with it. */
const ALLOWED: Record<string, { label: string; extensions: string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word (DOCX)', extensions: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel (XLSX)', extensions: ['xlsx'] },
  'image/png': { label: 'PNG-billede', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG-billede', extensions: ['jpg', 'jpeg'] },
  'text/csv': { label: 'CSV', extensions: ['csv'] },
};
export const ALLOWED_TYPES_TEXT = 'PDF, Word (DOCX), Excel (XLSX), CSV, PNG eller JPEG';

const extensionOf = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();

/**
 * The file's real type from its bytes (magic numbers), checked against its name. A CSV has no
 * magic number: text without NUL bytes (or UTF-16 text with its byte order mark) whose name
 * says .csv is accepted as one. A PDF, DOCX or XLSX must also open, and a DOCX or XLSX stay
 * within what it may unpack to (archive-limits.ts), before it is stored.
 */
export async function sniffType(bytes: Uint8Array, name: string, maxMb: number): Promise<string> {
  if (bytes.byteLength === 0) throw fieldError('files', `Filen „${name}“ er tom.`);
  if (isTooLarge(bytes.byteLength, maxMb)) throw fieldError('files', tooLargeMessage(bytes.byteLength, maxMb, name));
  const ext = extensionOf(name);
  const text = ext === 'csv' && utf16Text(bytes) !== null;
  const detected = text ? undefined : await fileTypeFromBuffer(bytes);
  const mime = detected?.mime ?? (ext === 'csv' && (text || !bytes.includes(0)) ? 'text/csv' : undefined);
  const allowed = mime ? ALLOWED[mime] : undefined;
  if (!allowed) {
    const claimed = Object.values(ALLOWED).find((a) => a.extensions.includes(ext));
    throw fieldError(
      'files',
      claimed
        ? `Filen „${name}“ hedder .${ext}, men er ikke en ${claimed.label}-fil. Gem den igen i det rigtige format.`
        : `Filen „${name}“ kan ikke lægges op. Tilladte filtyper: ${ALLOWED_TYPES_TEXT}.`,
    );
  }
  if (!allowed.extensions.includes(ext)) {
    throw fieldError(
      'files',
      `Filen „${name}“ er en ${allowed.label}-fil, men navnet ender på .${ext || '(ingenting)'}. Omdøb den til .${allowed.extensions[0]}.`,
    );
  }
  const problem = await openProblem(bytes, mime!, `Filen „${name}“`);
  if (problem) throw fieldError('files', problem);
  return mime!;
}
