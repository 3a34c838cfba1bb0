/**
 * Where to go after login: only a path on this site. An open redirect after login would help
 * phishing, and browsers are lenient: they drop tabs and newlines inside a URL and read `\` as
 * `/`, so `/\t/evil.example/` and `/\/evil.example` are both `//evil.example`, another host.
 * Anything that is not plainly a path here goes to the front page.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 2000 || !next.startsWith('/')) return '/';
  if (/[\u0000-\u001f\u007f\\]/.test(next) || next.startsWith('//')) return '/';
  // What a browser would make of it must still be on this site and keep the path as given.
  const base = 'http://styringsdialog.invalid';
  const url = new URL(next, base);
  return url.origin === base && url.pathname.startsWith('/') && !url.pathname.startsWith('//') ? next : '/';
}
