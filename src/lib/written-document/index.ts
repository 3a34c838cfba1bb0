/**
 * Written documents that are not meetings (aftaledokument, council report): the model a feature
 * maps its rows to, and its rendering as PDF or DOCX off the main thread. The HTML is
 * src/ui/written-document.tsx.
 */
export type { WrittenBlock, WrittenDocument, WrittenSection, WrittenSignature } from './model.ts';
export { renderWrittenInWorker } from './render-in-worker.ts';
