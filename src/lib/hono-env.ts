import type { Logger } from 'pino';
import type { Actor } from '../auth/scope.ts';
import type { Role } from '../auth/tables.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Wiring } from '../wiring.ts';

export interface Deps {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  config: Config;
  logger: Logger;
  /** Signs CSRF tokens; see installationSecret. */
  secret: string;
  /** Cross-feature reactions and contributions, built in src/wiring.ts. */
  wiring: Wiring;
}

export interface CurrentUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  municipalityCode: string | null;
  organisationId: number | null;
  administratorId: number | null;
  /** The name of the body the user belongs to, shown in the header. */
  affiliation: string | null;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    log: Logger;
    user: CurrentUser | null;
    actor: Actor;
    csrfToken: string;
  };
};
