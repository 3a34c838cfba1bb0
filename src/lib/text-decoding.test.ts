import { describe, expect, it } from 'vitest';
import { decodeText, utf16Text } from './text-decoding.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(utf8('Ærø;Å'))).toEqual({ text: 'Ærø;Å', encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Køge')]))).toEqual({ text: 'Køge', encoding: 'UTF-8' });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xc6, 0x00, 0x72, 0x00]))).toEqual({ text: 'Ær', encoding: 'UTF-16' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0xc6, 0x00, 0x72]))).toEqual({ text: 'Ær', encoding: 'UTF-16' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xc6, 0x72, 0xf8, 0x3b, 0x80]))).toEqual({ text: 'Ærø;€', encoding: 'Windows-1252' });
  });

  it('keeps a stray control character in long text, refuses binary data', () => {
    expect(decodeText(utf8(`${'Referat af mødet. '.repeat(20)}\u0000slut`))?.text).toContain('slut');
    const binary = new Uint8Array(400).map((_, i) => (i * 37) % 256);
    expect(decodeText(binary)).toBeNull();
  });

  it('gives the text of a file with a UTF-16 byte order mark only', () => {
    expect(utf16Text(new Uint8Array([0xff, 0xfe, 0xc6, 0x00, 0x72, 0x00]))).toBe('Ær');
    expect(utf16Text(utf8('Ær'))).toBeNull();
  });
});
