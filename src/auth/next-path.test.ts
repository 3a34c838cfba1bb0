import { describe, expect, it } from 'vitest';
import { safeNext } from './next-path.ts';

describe('the path after login', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNext('/tilsyn')).toBe('/tilsyn');
    expect(safeNext('/kommuner/0219/moeder?q=m%C3%B8de&side=2#punkt-3')).toBe('/kommuner/0219/moeder?q=m%C3%B8de&side=2#punkt-3');
  });

  it.each([
    ['another host', '//evil.example/'],
    ['a backslash read as a slash', '/\\evil.example/'],
    ['a backslash later on', '/x\\y'],
    ['a tab that browsers drop', '/\t/evil.example/'],
    ['a newline (a 500 before)', '/\n/x'],
    ['a carriage return', '/\r/x'],
    ['a NUL', '/x\u0000'],
    ['DEL', '/x\u007f'],
    ['a full URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'tilsyn'],
    ['nothing', ''],
    ['not a string', ['/a', '/b']],
    ['an absurdly long path', `/${'a'.repeat(3000)}`],
  ])('sends %s to the front page', (_label, next) => {
    expect(safeNext(next)).toBe('/');
  });
});
