import { AppError } from '../../../lib/errors.ts';
import { isOutOfMemory, runInWorker } from '../../../lib/worker-task.ts';
import type { MeetingDocument } from './document.ts';

export const RENDER_TIMEOUT_MS = 60_000;
/** A meeting of hundreds of items renders in well under 200 MB; the limit keeps a runaway render from taking the server's memory. */
export const RENDER_MEMORY_MB = 512;

type Rendered = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string; timeout?: true; outOfMemory?: true };

/** The document as PDF or DOCX, rendered in a thread of its own with a time and memory limit (see worker-task.ts). */
export async function renderInWorker(
  doc: MeetingDocument,
  format: 'pdf' | 'docx',
  { timeoutMs = RENDER_TIMEOUT_MS, maxMemoryMb = RENDER_MEMORY_MB }: { timeoutMs?: number; maxMemoryMb?: number } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const result = await runInWorker<Rendered>(
    new URL('./worker.ts', import.meta.url),
    { doc, format },
    {
      timeoutMs,
      maxMemoryMb,
      onTimeout: () => ({ ok: false, message: 'timeout', timeout: true }),
      onError: (error) =>
        isOutOfMemory(error) ? { ok: false, message: String(error), outOfMemory: true } : { ok: false, message: String(error) },
    },
  );
  if (result.ok) return result.bytes;
  if (result.outOfMemory) {
    throw new AppError(
      'unavailable',
      `Dokumentet kunne ikke dannes, fordi det kræver mere end ${maxMemoryMb} MB hukommelse. Del de længste punkter op, og prøv igen.`,
      { log: `render ${format} ran out of memory` },
    );
  }
  if (result.timeout) {
    throw new AppError(
      'unavailable',
      `Dokumentet kunne ikke dannes inden for ${Math.round(timeoutMs / 1000)} sekunder, fordi mødet er meget stort. Del de længste punkter op, eller prøv igen senere.`,
      { log: `render ${format} timed out` },
    );
  }
  throw new Error(`render ${format} failed: ${result.message}`);
}
