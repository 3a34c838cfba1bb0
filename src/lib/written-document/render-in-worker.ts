import { AppError } from '../errors.ts';
import { isOutOfMemory, runInWorker } from '../worker-task.ts';
import type { WrittenDocument } from './model.ts';

export const RENDER_TIMEOUT_MS = 60_000;
/** A meeting of hundreds of items renders in well under 200 MB; the limit keeps a runaway render from taking the server's memory. */
export const RENDER_MEMORY_MB = 512;

type Rendered = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string; timeout?: true; outOfMemory?: true };
export type RenderLimits = { timeoutMs?: number; maxMemoryMb?: number };

/**
 * A document as PDF or DOCX, rendered by `worker` (a module that answers one `{ doc, format }`
 * message) in a thread of its own with a time and memory limit (see worker-task.ts): pdfkit and
 * docx lay out synchronously, and a long document would stop every other request meanwhile.
 */
export async function renderInWorker<Doc>(
  worker: URL,
  doc: Doc,
  format: 'pdf' | 'docx',
  { timeoutMs = RENDER_TIMEOUT_MS, maxMemoryMb = RENDER_MEMORY_MB }: RenderLimits = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const result = await runInWorker<Rendered>(
    worker,
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
      `Dokumentet kunne ikke dannes, fordi det kræver mere end ${maxMemoryMb} MB hukommelse. Del de længste punkter eller afsnit op, og prøv igen.`,
      { log: `render ${format} ran out of memory` },
    );
  }
  if (result.timeout) {
    throw new AppError(
      'unavailable',
      `Dokumentet kunne ikke dannes inden for ${Math.round(timeoutMs / 1000)} sekunder, fordi det er meget stort. Del de længste punkter eller afsnit op, eller prøv igen senere.`,
      { log: `render ${format} timed out` },
    );
  }
  throw new Error(`render ${format} failed: ${result.message}`);
}

/** An aftaledokument or a council report as PDF or DOCX, off the main thread. */
export const renderWrittenInWorker = (doc: WrittenDocument, format: 'pdf' | 'docx', limits?: RenderLimits) =>
  renderInWorker(new URL('./worker.ts', import.meta.url), doc, format, limits);
