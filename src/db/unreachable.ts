/**
 * Why PostgreSQL at DATABASE_URL could not be used, in Danish, for the operator who set it:
 * where the app tried (never the password) and what the server or the network answered.
 */
export function unreachableMessage(url: string, error: unknown): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'DATABASE_URL er ikke en gyldig forbindelsesadresse. Den skal have formen postgres://bruger:adgangskode@vært:5432/database.';
  }
  const where = `DATABASE_URL (vært ${u.hostname || 'localhost'}, port ${u.port || '5432'}, database ${decodeURIComponent(u.pathname.slice(1)) || '(ingen)'})`;
  const code = (error as { code?: string }).code ?? '';
  const why: Record<string, string> = {
    ECONNREFUSED: 'forbindelsen blev afvist – kører PostgreSQL på den vært og port?',
    ENOTFOUND: 'værten findes ikke – er navnet stavet rigtigt?',
    EAI_AGAIN: 'værtens navn kunne ikke slås op lige nu (DNS).',
    ETIMEDOUT: 'der kom intet svar – en firewall, eller en forkert vært?',
    ECONNRESET: 'serveren lukkede forbindelsen.',
    '3D000': 'databasen findes ikke på serveren – opret den, eller ret navnet.',
    '28P01': 'brugeren eller adgangskoden blev afvist.',
    '28000': 'serveren tillader ikke forbindelsen for den bruger (pg_hba.conf).',
    '57P03': 'serveren er ved at starte op eller lukke ned.',
  };
  const reason = why[code] ?? (error instanceof Error && error.message ? error.message : 'ukendt fejl');
  return `Databasen i ${where} kunne ikke nås: ${reason}${code && !why[code] ? ` (${code})` : ''}`;
}
