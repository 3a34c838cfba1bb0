/*
 * Text extraction off the main thread. pdf.js (through unpdf) and mammoth do their parsing
 * synchronously: a text-heavy 20 MB PDF keeps a thread busy for seconds, which on the main thread
 * would stall every other request of the process. extractor.ts sends one file at a time and
 * ends this worker when a file takes too long (the file is then stored without text). One answer
 * per file: its text, or null.
 * Only erasable TypeScript here: the worker is loaded by Node itself, without tsx.
 */
import { parentPort } from 'node:worker_threads';
import { yieldToRequests } from '../../lib/thread-priority.ts';
import { MAX_TEXT_CHARS, searchableText } from './search-text.ts';

// A long layout or read must not take the CPU from the requests the main thread serves.
yieldToRequests();

// Loaded as the thread starts: a thread started ahead (warmTextExtraction) is ready at its first PDF.
const unpdf = import('unpdf');

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function extract(bytes: Uint8Array, mime: string): Promise<string | null> {
  if (mime === PDF) {
    const { getDocumentProxy } = await unpdf;
    const pdf = await getDocumentProxy(bytes);
    try {
      // Page by page, and no further than the text search keeps: a 5,000-page PDF stops after the first few hundred.
      const pages: string[] = [];
      let length = 0;
      for (let n = 1; n <= pdf.numPages && length <= MAX_TEXT_CHARS; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
        page.cleanup();
        pages.push(text);
        length += text.length + 1;
      }
      // The same whitespace as unpdf's merged text.
      return searchableText(
        pages
          .join('\n')
          .replace(/[^\S\n]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .replace(/\n{3,}/g, '\n\n'),
      );
    } finally {
      await pdf.destroy();
    }
  }
  if (mime === DOCX) {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return searchableText(value);
  }
  return null;
}

parentPort?.on('message', (message: { bytes: Uint8Array; mime: string }) => {
  extract(message.bytes, message.mime).then(
    (text) => parentPort?.postMessage(text),
    () => parentPort?.postMessage(null),
  );
});
