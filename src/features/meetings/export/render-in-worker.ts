import { AppError } from '../../../lib/errors.ts';
import { runInWorker } from '../../../lib/worker-task.ts';
import type { MeetingDocument } from './document.ts';

export const RENDER_TIMEOUT_MS = 60_000;

type Rendered = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string; timeout?: true };

/** The document as PDF or DOCX, rendered in a thread of its own with a time limit (see worker-task.ts). */
export async function renderInWorker(
  doc: MeetingDocument,
  format: 'pdf' | 'docx',
  timeoutMs = RENDER_TIMEOUT_MS,
): Promise<Uint8Array<ArrayBuffer>> {
  const result = await runInWorker<Rendered>(
    new URL('./worker.ts', import.meta.url),
    { doc, format },
    {
      timeoutMs,
      onTimeout: () => ({ ok: false, message: 'timeout', timeout: true }),
      onError: (error) => ({ ok: false, message: String(error) }),
    },
  );
  if (result.ok) return result.bytes;
  if (result.timeout) {
    throw new AppError(
      'unavailable',
      `Dokumentet kunne ikke dannes inden for ${Math.round(timeoutMs / 1000)} sekunder, fordi mødet er meget stort. Del de længste punkter op, eller prøv igen senere.`,
      { log: `render ${format} timed out` },
    );
  }
  throw new Error(`render ${format} failed: ${result.message}`);
}
