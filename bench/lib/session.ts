/** Cookie pairs (`name=value`) from a response's Set-Cookie headers. */
function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
  }
  return jar;
}

/**
 * Logs in through the login form as a browser would (GET /login for the sd_bid cookie and the
 * `_csrf` field, then POST /login) and returns the Cookie header for the session.
 */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${baseUrl}/login`, { redirect: 'manual' });
  const html = await form.text();
  const jar = cookiesOf(form);
  const csrf = /name="_csrf"\s+value="([^"]+)"/.exec(html)?.[1];
  if (!jar.has('sd_bid') || !csrf) throw new Error('GET /login gave no sd_bid cookie or _csrf field');
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ _csrf: csrf, email, password, next: '/' }),
  });
  await res.arrayBuffer();
  for (const [k, v] of cookiesOf(res)) jar.set(k, v);
  if (res.status !== 303 || !jar.has('sd_session')) throw new Error(`login as ${email} failed: HTTP ${res.status}`);
  return cookie();
}
