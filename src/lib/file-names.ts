import { create } from 'content-disposition';

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

/** A file name as sent by a browser (some send the whole path), safe to show, store and send back. */
export function cleanFileName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255);
}

/**
 * The Content-Disposition of a download. Browsers take the UTF-8 name (filename*); a client that
 * only reads the plain name gets "Referat Naestved.pdf" rather than "Referat N_stved.pdf".
 */
export function attachment(fileName: string): string {
  const ascii = fileName
    .replace(/[æøåÆØÅ]/g, (c) => DANISH[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replaceAll('"', "'");
  return create(fileName, { fallback: ascii });
}
