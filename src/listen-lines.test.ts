import { describe, expect, it } from 'vitest';
import { listenLines } from './listen-lines.ts';

describe('the lines printed when the server listens', () => {
  const config = { HOST: '0.0.0.0', PUBLIC_URL: 'http://localhost:3102', COOKIE_SECURE: 'auto' as const };

  it('gives the address here and the ones other machines can use', () => {
    expect(listenLines(config, 3102, ['192.168.1.20'])).toEqual([
      'Styringsdialog kører på http://localhost:3102',
      '  fra andre maskiner: http://192.168.1.20:3102',
      'Stop med Ctrl+C.',
    ]);
  });

  it('names PUBLIC_URL when it differs, and warns when other machines could not log in over http', () => {
    const lines = listenLines({ ...config, PUBLIC_URL: 'https://sd.kommune.dk', COOKIE_SECURE: true }, 3102, ['10.0.0.5']);
    expect(lines).toContain('  links i e-mails peger på https://sd.kommune.dk (PUBLIC_URL)');
    expect(lines.join('\n')).toMatch(/COOKIE_SECURE=true/);
  });

  it('gives only the one address when listening on one interface', () => {
    expect(listenLines({ ...config, HOST: '127.0.0.1' }, 3102, ['192.168.1.20'])).toEqual([
      'Styringsdialog kører på http://localhost:3102',
      'Stop med Ctrl+C.',
    ]);
    expect(listenLines({ ...config, HOST: '10.1.2.3', PUBLIC_URL: 'http://10.1.2.3:8080' }, 8080)[0]).toBe(
      'Styringsdialog kører på http://10.1.2.3:8080',
    );
  });
});
