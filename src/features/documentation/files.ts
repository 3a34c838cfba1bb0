import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { fieldError } from '../../lib/errors.ts';
import { formatDecimal } from '../../ui/format.ts';
import { extractInWorker } from './extractor.ts';
import { searchableText } from './search-text.ts';
import { decodeText } from '../../lib/text-decoding.ts';

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
 * magic number: text without NUL bytes whose name says .csv is accepted as one.
 */
export async function sniffType(bytes: Uint8Array, name: string, maxMb: number): Promise<string> {
  if (bytes.byteLength === 0) throw fieldError('files', `Filen "${name}" er tom.`);
  if (bytes.byteLength > maxMb * 1024 * 1024) {
    throw fieldError(
      'files',
      `Filen "${name}" er for stor (${formatDecimal(bytes.byteLength / 1024 / 1024)} MB). Den største tilladte størrelse er ${maxMb} MB.`,
    );
  }
  const ext = extensionOf(name);
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime ?? (ext === 'csv' && !bytes.includes(0) ? 'text/csv' : undefined);
  const allowed = mime ? ALLOWED[mime] : undefined;
  if (!allowed) {
    const claimed = Object.values(ALLOWED).find((a) => a.extensions.includes(ext));
    throw fieldError(
      'files',
      claimed
        ? `Filen "${name}" hedder .${ext}, men er ikke en ${claimed.label}-fil. Gem den igen i det rigtige format.`
        : `Filen "${name}" kan ikke lægges op. Tilladte filtyper: ${ALLOWED_TYPES_TEXT}.`,
    );
  }
  if (!allowed.extensions.includes(ext)) {
    throw fieldError(
      'files',
      `Filen "${name}" er en ${allowed.label}-fil, men navnet ender på .${ext || '(ingenting)'}. Omdøb den til .${allowed.extensions[0]}.`,
    );
  }
  return mime!;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const storedPath = (dataDir: string, hash: string) => join(dataDir, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);

/**
 * Writes the bytes under their hash: to a temporary name, flushed, then renamed, so a crash
 * never leaves a half-written file under a real hash. Returns whether the file is new (the
 * caller removes a new file again if its transaction fails).
 */
export async function storeFile(dataDir: string, hash: string, bytes: Uint8Array): Promise<boolean> {
  const path = storedPath(dataDir, hash);
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    return false;
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
  return true;
}

export const removeStoredFile = (dataDir: string, hash: string) => rm(storedPath(dataDir, hash), { force: true });

const EXTRACTED = new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
/** How long text extraction of one file may take before the file is stored without text. */
export const EXTRACT_TIMEOUT_MS = 60_000;

/**
 * Text for search from PDF, DOCX and CSV, cut to what the search vector holds; other types have
 * none. PDF and DOCX are read in a worker thread (extractor.ts), so a large document does not
 * stall the process. A file we cannot read in time is still stored, without text.
 */
export async function extractText(bytes: Uint8Array, mime: string, timeoutMs = EXTRACT_TIMEOUT_MS): Promise<string | null> {
  if (mime === 'text/csv') return searchableText(decodeText(bytes)?.text ?? '');
  if (!EXTRACTED.has(mime)) return null;
  return extractInWorker(bytes, mime, timeoutMs);
}
