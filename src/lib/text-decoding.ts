import iconv from 'iconv-lite';

export type DecodedText = { text: string; encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252' };

/**
 * Bytes of an uploaded text file (CSV, TXT) → string, or null for binary data.
 * UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252: what Excel and Notepad on a
 * Danish PC save. The one place text files are decoded, so every import reads them alike.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: DecodedText;
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    decoded = { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  else if (buffer[0] === 0xff && buffer[1] === 0xfe) decoded = { text: iconv.decode(buffer.subarray(2), 'utf16le'), encoding: 'UTF-16' };
  else if (buffer[0] === 0xfe && buffer[1] === 0xff) decoded = { text: iconv.decode(buffer.subarray(2), 'utf16be'), encoding: 'UTF-16' };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'UTF-8' };
    } catch {
      decoded = { text: iconv.decode(buffer, 'win1252'), encoding: 'Windows-1252' };
    }
  }
  return looksBinary(decoded.text.slice(0, 65_536)) ? null : decoded;
}

/**
 * The text of a file that starts with a UTF-16 byte order mark, or null for any other file.
 * Type sniffers (file-type) take that mark for an MPEG audio frame ("MP1"), so a caller that
 * sniffs asks this first.
 */
export function utf16Text(bytes: Uint8Array): string | null {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return bom ? (decodeText(bytes)?.text ?? null) : null;
}

/** Binary files decode to control characters that text never has (tab, line and page breaks aside). */
function looksBinary(sample: string): boolean {
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.005);
}
