/*
 * Text extraction off the main thread. pdf.js (through unpdf) and mammoth do their parsing
 * synchronously: a text-heavy 20 MB PDF keeps a thread busy for many seconds, which on the main
 * thread would stall every other request of the process. The parent gives this worker the bytes
 * and a time limit, and terminates it when the time is up (the file is then stored without text).
 * Only erasable TypeScript here: the worker is loaded by Node itself, without tsx.
 */
import { parentPort } from 'node:worker_threads';
import { searchableText } from './search-text.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function extract(bytes: Uint8Array, mime: string): Promise<string | null> {
  if (mime === PDF) {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(bytes);
    const { text } = await extractText(pdf, { mergePages: true });
    return searchableText(text);
  }
  if (mime === DOCX) {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return searchableText(value);
  }
  return null;
}

parentPort?.once('message', (message: { bytes: Uint8Array; mime: string }) => {
  extract(message.bytes, message.mime).then(
    (text) => parentPort?.postMessage({ text }),
    (error: unknown) => parentPort?.postMessage({ text: null, error: String(error) }),
  );
});
