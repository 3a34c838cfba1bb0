import { renderInWorker, type RenderLimits } from '../../../lib/written-document/render-in-worker.ts';
import type { MeetingDocument } from './document.ts';

/** The agenda or minutes as PDF or DOCX, rendered by worker.ts off the main thread. */
export const renderMeetingInWorker = (doc: MeetingDocument, format: 'pdf' | 'docx', limits?: RenderLimits) =>
  renderInWorker(new URL('./worker.ts', import.meta.url), doc, format, limits);
