import { formatDecimal } from '../../ui/format.ts';

/** The one wording for a file over the upload limit, with the file's name when the form takes several. */
export function tooLargeMessage(bytes: number, maxMb: number, name?: string): string {
  const file = name === undefined ? 'Filen' : `Filen „${name}“`;
  return `${file} er for stor (${formatDecimal(bytes / 1024 / 1024)} MB). Den største tilladte størrelse er ${maxMb} MB.`;
}

export const isTooLarge = (bytes: number, maxMb: number) => bytes > maxMb * 1024 * 1024;
