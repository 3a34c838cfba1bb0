import type { DocumentView } from './load.ts';

/** The version's files (PDF, DOCX), linked from its page. */
export const documentDownloads = (d: DocumentView): { href: string; label: string }[] => [
  { href: `/aftaledokumenter/${d.id}/aftaledokument.pdf`, label: 'Hent som PDF' },
  { href: `/aftaledokumenter/${d.id}/aftaledokument.docx`, label: 'Hent som Word (DOCX)' },
];
