import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { renderWrittenInWorker } from './index.ts';
import { sampleWritten } from './sample.ts';

describe('rendering in a worker thread', () => {
  it('gives a PDF and a DOCX', async () => {
    const pdf = await renderWrittenInWorker(sampleWritten, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const docx = await renderWrittenInWorker(sampleWritten, 'docx');
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
  });

  it('gives up with a Danish 503 when the document takes too long', async () => {
    const error = await renderWrittenInWorker(sampleWritten, 'pdf', { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(503);
    expect((error as AppError).userMessage).toContain('Dokumentet kunne ikke dannes inden for');
  });

  it('gives up with a Danish 503 when the document needs more memory than the thread may have', async () => {
    const error = await renderWrittenInWorker(sampleWritten, 'pdf', { maxMemoryMb: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(503);
    expect((error as AppError).userMessage).toBe(
      'Dokumentet kunne ikke dannes, fordi det kræver mere end 4 MB hukommelse. Del de længste punkter eller afsnit op, og prøv igen.',
    );
  });
});
