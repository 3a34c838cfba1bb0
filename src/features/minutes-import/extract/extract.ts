/*
 * The text of a minutes file: TXT (UTF-8 or Windows-1252), DOCX or PDF, told apart by their
 * content, not only their name. Never throws for bad input: a Danish message says what is wrong.
 */
import { fileTypeFromBuffer } from 'file-type';
import { inspectZip } from '../../../lib/archive-limits.ts';
import { decodeText, utf16Text } from '../../../lib/text-decoding.ts';
import { extractDocx } from './extract-docx.ts';
import { extractPdf } from './extract-pdf.ts';
import type { ExtractResult } from '../types.ts';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/**
 * The most text the reader takes: about 1,000 pages, more than any minutes. Reading is roughly
 * linear (1 s per million characters), so a 40 MB text file would hold a thread for a minute.
 */
export const MAX_TEXT_CHARS = 2_000_000;

export type ExtractOptions = {
  /** Files larger than this are refused before they are read (default 25 MB). */
  maxBytes?: number;
};

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
const fail = (message: string): ExtractResult => ({ ok: false, message });

export function tooLarge(size: number, maxBytes: number): string {
  return `Filen er for stor (${megabytes(size)}). Et referat må højst fylde ${megabytes(maxBytes)}.`;
}
const UNSUPPORTED = 'Filen er hverken TXT, DOCX eller PDF';

const tooMuchText = (chars: number) =>
  `Referatet er for langt (${chars.toLocaleString('da-DK')} tegn). Importen læser højst ${MAX_TEXT_CHARS.toLocaleString('da-DK')} tegn tekst, omkring 1.000 sider. Del det op i flere filer.`;

/** A DOCX's ZIP within the unpacking limits, checked before mammoth inflates anything. */
async function extractDocxWithinLimits(bytes: Uint8Array): Promise<ExtractResult> {
  const zip = await inspectZip(bytes);
  if (!zip.ok && zip.problem !== 'corrupt') return fail(zip.message);
  return extractDocx(bytes);
}

export async function extractMinutesText(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const result = await extractAnyText(bytes, fileName, options);
  if (result.ok && result.text.length > MAX_TEXT_CHARS) return fail(tooMuchText(result.text.length));
  return result;
}

async function extractAnyText(bytes: Uint8Array, fileName: string, options: ExtractOptions): Promise<ExtractResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    return fail(tooLarge(bytes.byteLength, maxBytes));
  }
  if (bytes.byteLength === 0) return fail('Filen er tom.');
  const name = fileName.toLowerCase();
  try {
    const utf16 = utf16Text(bytes);
    const type = utf16 === null ? await fileTypeFromBuffer(bytes) : undefined;
    if (type?.ext === 'pdf') return await extractPdf(bytes);
    if (type?.ext === 'docx') return await extractDocxWithinLimits(bytes);
    if (type?.ext === 'zip' && name.endsWith('.docx')) return await extractDocxWithinLimits(bytes);
    if (type?.ext === 'cfb') {
      if (name.endsWith('.docx'))
        return fail('DOCX-filen er krypteret med en adgangskode og kan ikke læses. Gem en udgave uden adgangskode, og prøv igen.');
      if (name.endsWith('.doc'))
        return fail(`${UNSUPPORTED}: den er et ældre Word-dokument (.doc). Gem den som DOCX eller PDF i Word, og prøv igen.`);
      return fail(`${UNSUPPORTED}: den ligner et ældre Office-dokument eller en krypteret fil. Gem referatet som DOCX, PDF eller TXT.`);
    }
    if (type) return fail(`${UNSUPPORTED} – den ligner en ${type.ext.toUpperCase()}-fil. Gem referatet som DOCX, PDF eller TXT.`);
    const text = utf16 ?? decodeText(bytes)?.text ?? null;
    if (text === null) {
      if (name.endsWith('.pdf'))
        return fail('PDF-filen er beskadiget og kan ikke læses. Prøv at gemme den som PDF igen, eller brug DOCX- eller TXT-filen.');
      if (name.endsWith('.docx'))
        return fail(
          'DOCX-filen er beskadiget eller ufuldstændig og kan ikke læses. Prøv at gemme den igen i Word, eller brug en PDF-udgave.',
        );
      return fail(`${UNSUPPORTED} – indholdet er ikke tekst. Gem referatet som DOCX, PDF eller TXT.`);
    }
    if (!text.trim()) return fail('Filen er tom – den indeholder ingen tekst.');
    if (/^\s*\{\\rtf/.test(text)) return fail(`${UNSUPPORTED} – den er en RTF-fil. Gem referatet som DOCX, PDF eller TXT.`);
    return { ok: true, text, kind: 'txt', pages: null };
  } catch {
    return fail('Filen kunne ikke læses. Kontrollér, at den er et referat i TXT, DOCX eller PDF, og prøv igen.');
  }
}
