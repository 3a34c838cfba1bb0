/*
 * Renders one written document off the main thread (see render-in-worker.ts): pdfkit and docx lay
 * out synchronously. Only erasable TypeScript here and below: Node loads it without tsx.
 */
import { parentPort } from 'node:worker_threads';
import { yieldToRequests } from '../thread-priority.ts';
import { renderWrittenDocx } from './docx.ts';
import type { WrittenDocument } from './model.ts';
import { renderWrittenPdf } from './pdf.ts';

// A long layout or read must not take the CPU from the requests the main thread serves.
yieldToRequests();

parentPort?.once('message', (m: { doc: WrittenDocument; format: 'pdf' | 'docx' }) => {
  (m.format === 'pdf' ? renderWrittenPdf(m.doc) : renderWrittenDocx(m.doc)).then(
    (buffer) => {
      const bytes = new Uint8Array(buffer);
      parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer]);
    },
    (error: unknown) => parentPort?.postMessage({ ok: false, message: String(error) }),
  );
});
