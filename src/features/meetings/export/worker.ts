/*
 * Renders one agenda or minutes document off the main thread (see src/lib/written-document/render-in-worker.ts): pdfkit
 * and docx lay out synchronously, and a very long meeting took tens of seconds during which no
 * other request was served. Only erasable TypeScript here and below: Node loads it without tsx.
 */
import { parentPort } from 'node:worker_threads';
import { yieldToRequests } from '../../../lib/thread-priority.ts';
import type { MeetingDocument } from './document.ts';
import { renderMeetingDocx } from './docx.ts';
import { renderMeetingPdf } from './pdf.ts';

// A long layout or read must not take the CPU from the requests the main thread serves.
yieldToRequests();

parentPort?.once('message', (m: { doc: MeetingDocument; format: 'pdf' | 'docx' }) => {
  (m.format === 'pdf' ? renderMeetingPdf(m.doc) : renderMeetingDocx(m.doc)).then(
    (buffer) => {
      const bytes = new Uint8Array(buffer);
      parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer]);
    },
    (error: unknown) => parentPort?.postMessage({ ok: false, message: String(error) }),
  );
});
