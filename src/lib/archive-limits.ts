/*
 * The one rule for what an uploaded or imported office file may unpack to, and whether a PDF,
 * DOCX or XLSX opens at all. A DOCX or XLSX is a ZIP: its central directory says how many parts
 * it has and how large they are unpacked, so a bomb (a few MB that inflate to gigabytes) is
 * refused before one part is inflated. Only erasable TypeScript: worker threads load this file
 * through Node itself, without tsx.
 */
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import JSZip from 'jszip';
import { keptWorker } from './worker-task.ts';

/** Total unpacked size a DOCX or XLSX may declare; real ones stay far below (a 400-page report is ~20 MB). */
export const MAX_UNPACKED_MB = 200;
/** Parts in one ZIP; a workbook with many sheets and images has a few hundred. */
export const MAX_ZIP_ENTRIES = 5000;

const MB = 1024 * 1024;

export type ZipInspection =
  | { ok: true; zip: JSZip; names: string[] }
  | { ok: false; problem: 'corrupt' }
  | { ok: false; problem: 'too_many_entries' | 'too_large'; message: string };

/** JSZip keeps each entry's sizes and compressed bytes from the ZIP here; it is not part of its typings. */
type EntryWithSizes = {
  _data?: { uncompressedSize?: number; compressedContent?: unknown; compression?: { magic?: string } | null };
};

const inflateRawAsync = promisify(inflateRaw);
const DEFLATE = '\x08\x00';

/**
 * Whether each deflated part inflates to no more than its declared size. A bomb can declare
 * small sizes; zlib stops at `maxOutputLength`, off the main thread, so at most the declared
 * total (within the limit above) is ever inflated. Then mammoth and exceljs unpack what was checked.
 */
async function sizesHold(zip: JSZip, names: string[]): Promise<'ok' | 'understated' | 'corrupt'> {
  for (const name of names) {
    const data = (zip.files[name] as unknown as EntryWithSizes)._data;
    if (data?.compression?.magic !== DEFLATE || !(data.compressedContent instanceof Uint8Array)) continue;
    try {
      await inflateRawAsync(data.compressedContent, { maxOutputLength: Math.max(1, data.uncompressedSize ?? 0) });
    } catch (error) {
      return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'understated' : 'corrupt';
    }
  }
  return 'ok';
}

const danishNumber = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 0 });

/**
 * Reads the ZIP's central directory (JSZip inflates nothing while loading) and checks the
 * entry count and the declared total unpacked size, then that no part inflates past its
 * declared size. `subject` starts the message: "Filen" or `Filen "rapport.docx"`.
 */
export async function inspectZip(bytes: Uint8Array, subject = 'Filen'): Promise<ZipInspection> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const names = Object.keys(zip.files);
  if (names.length > MAX_ZIP_ENTRIES) {
    return {
      ok: false,
      problem: 'too_many_entries',
      message: `${subject} består af mere end ${danishNumber(MAX_ZIP_ENTRIES)} dele (${danishNumber(names.length)}). Den højeste tilladte mængde er ${danishNumber(MAX_ZIP_ENTRIES)} dele; gem dokumentet igen uden indlejrede filer.`,
    };
  }
  let total = 0;
  for (const name of names) total += (zip.files[name] as unknown as EntryWithSizes)._data?.uncompressedSize ?? 0;
  if (total > MAX_UNPACKED_MB * MB) {
    return {
      ok: false,
      problem: 'too_large',
      message: `${subject} pakker ud til mere end ${MAX_UNPACKED_MB} MB (${danishNumber(total / MB)} MB). Den største tilladte udpakkede størrelse er ${MAX_UNPACKED_MB} MB; gem dokumentet igen uden store indlejrede filer.`,
    };
  }
  const held = await sizesHold(zip, names);
  if (held === 'corrupt') return { ok: false, problem: 'corrupt' };
  if (held === 'understated') {
    return {
      ok: false,
      problem: 'too_large',
      message: `${subject} pakker ud til mere, end den selv oplyser, og kan derfor ikke åbnes. Den største tilladte udpakkede størrelse er ${MAX_UNPACKED_MB} MB; gem dokumentet igen fra Word eller Excel.`,
    };
  }
  return { ok: true, zip, names };
}

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LABEL: Record<string, string> = { [PDF]: 'PDF', [DOCX]: 'Word (DOCX)', [XLSX]: 'Excel (XLSX)' };

/** The part every Word document and every workbook has; without it Word or Excel cannot open the file either. */
const MAIN_PART: Record<string, RegExp> = { [DOCX]: /^word\/[^/]+\.xml$/, [XLSX]: /^xl\/workbook\.xml$/ };

/** Whether a ZIP is a Word document, a workbook, or neither, from its parts. */
export function officeKind(names: string[]): typeof DOCX | typeof XLSX | null {
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => MAIN_PART[XLSX].test(n))) return XLSX;
  if (names.some((n) => MAIN_PART[DOCX].test(n))) return DOCX;
  return null;
}

const PDF_CHECK_SECONDS = 20;

// One thread for every check: an upload of several PDFs (and the demo data's 32) loads pdf.js once.
const pdfCheck = keptWorker<boolean | 'timeout'>(new URL('./pdf-check-worker.ts', import.meta.url), { maxMemoryMb: 256 });

/** Starts the PDF check's thread (and its loading of pdf.js) ahead of many checks, as the demo data's. */
export const warmPdfCheck = () => pdfCheck.warm();

/** True when the PDF opens, false when it does not, 'timeout' when pdf.js needed longer than the limit. */
function pdfOpens(bytes: Uint8Array): Promise<boolean | 'timeout'> {
  // A copy goes to the thread: pdf.js may take over (detach) the buffer it is given.
  const copy = new Uint8Array(bytes);
  return pdfCheck(copy, {
    transfer: [copy.buffer],
    timeoutMs: PDF_CHECK_SECONDS * 1000,
    onTimeout: () => 'timeout',
    onError: () => false,
  });
}

/**
 * Null when a PDF, DOCX or XLSX opens (and a ZIP stays within the limits above), otherwise a
 * Danish message that starts with `subject`. Other types are not checked here.
 */
export async function openProblem(bytes: Uint8Array, mediaType: string, subject = 'Filen'): Promise<string | null> {
  const label = LABEL[mediaType];
  if (!label) return null;
  const damaged = `${subject} er beskadiget eller ufuldstændig og kan ikke åbnes som ${label}. Gem den igen fra det program, den er lavet i, og prøv igen.`;
  if (mediaType === PDF) {
    const opens = await pdfOpens(bytes);
    if (opens === 'timeout')
      return `${subject} kunne ikke åbnes som PDF inden for ${PDF_CHECK_SECONDS} sekunder og er afvist. Gem den igen fra det program, den er lavet i, og prøv igen.`;
    return opens ? null : damaged;
  }
  const zip = await inspectZip(bytes, subject);
  if (!zip.ok) return zip.problem === 'corrupt' ? damaged : zip.message;
  return officeKind(zip.names) === mediaType ? null : damaged;
}
