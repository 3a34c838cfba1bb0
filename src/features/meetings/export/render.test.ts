import { describe, expect, it } from 'vitest';
import { renderMeetingInWorker } from './render.ts';
import { sampleMeeting } from './sample.ts';

describe('rendering a meeting in a worker thread', () => {
  it('gives the PDF and the DOCX', async () => {
    const pdf = await renderMeetingInWorker(sampleMeeting, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const docx = await renderMeetingInWorker(sampleMeeting, 'docx');
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
  });
});
