import { decodeText } from '../../lib/text-decoding.ts';
import { extractInWorker } from './extractor.ts';
import { searchableText } from './search-text.ts';

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
