import { networkInterfaces } from 'node:os';
import type { Config } from './config.ts';

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** This machine's addresses on the local network, for "open it from another machine". */
function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

/**
 * What the operator reads once the server listens: the address to open here, the ones other
 * machines can use, where e-mailed links point, and a warning when those other machines could
 * not log in (Secure cookies over plain http).
 */
export function listenLines(
  config: Pick<Config, 'HOST' | 'PUBLIC_URL' | 'COOKIE_SECURE'>,
  port: number,
  others = networkAddresses(),
): string[] {
  const host = config.HOST;
  const bracket = (h: string) => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h);
  const here = ALL_INTERFACES.has(host) || LOOPBACK.has(host) ? `http://localhost:${port}` : `http://${bracket(host)}:${port}`;
  const lines = [`Styringsdialog kører på ${here}`];
  const remote = ALL_INTERFACES.has(host) ? others.map((a) => `http://${a}:${port}`) : [];
  if (remote.length) lines.push(`  fra andre maskiner: ${remote.join(', ')}`);
  if (config.PUBLIC_URL.replace(/\/+$/, '') !== here) lines.push(`  links i e-mails peger på ${config.PUBLIC_URL} (PUBLIC_URL)`);
  if (config.COOKIE_SECURE === true && remote.length)
    lines.push('  bemærk: COOKIE_SECURE=true, så man kan kun logge ind over https eller på localhost (sæt COOKIE_SECURE=auto)');
  lines.push('Stop med Ctrl+C.');
  return lines;
}
