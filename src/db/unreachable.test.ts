import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { unreachableMessage } from './unreachable.ts';

describe('a database that cannot be reached', () => {
  it('is reported in Danish with where the app tried and why, never the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const url = 'postgres://app:hemmelig@127.0.0.1:1/styring';
    const error = await openDatabase({ url }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toBe(
      'Databasen i DATABASE_URL (vært 127.0.0.1, port 1, database styring) kunne ikke nås: forbindelsen blev afvist – kører PostgreSQL på den vært og port?',
    );
    expect(error?.message).not.toContain('hemmelig');
  });

  it('names what the server said', () => {
    const url = 'postgres://postgres@db.example:5433/mangler';
    expect(unreachableMessage(url, { code: '3D000' })).toContain('databasen findes ikke');
    expect(unreachableMessage(url, { code: '28P01' })).toContain('adgangskoden blev afvist');
    expect(unreachableMessage(url, Object.assign(new Error('something else'), { code: 'XX000' }))).toMatch(/something else \(XX000\)$/);
    expect(unreachableMessage('ikke en adresse', new Error('x'))).toContain('ikke en gyldig forbindelsesadresse');
  });
});
