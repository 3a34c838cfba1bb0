import type { Command } from 'commander';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import { openConfigured } from '../db/template.ts';
import { prepareDatabase } from '../boot.ts';
import { PASSWORD_RULES } from './password-rules.ts';
import { ROLE_LABELS, SYSTEM_ACTOR } from './scope.ts';
import { ROLES, type Role, users } from './tables.ts';
import { createUser, listUsers, setUserDisabled } from './users.ts';

async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfigured(config);
  try {
    await prepareDatabase(database);
    return await run(database.db);
  } finally {
    await database.close();
  }
}

const createOptions = z.object({
  email: z.email('--email must be an e-mail address'),
  name: z.string().min(1, '--name is required'),
  role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(', ')}` }),
  password: z
    .string()
    .min(PASSWORD_RULES.minLength, `--password must be at least ${PASSWORD_RULES.minLength} characters`)
    .max(PASSWORD_RULES.maxLength, `--password must be at most ${PASSWORD_RULES.maxLength} characters`),
  municipality: z
    .string()
    .regex(/^\d{4}$/, '--municipality must be a 4-digit kommunekode')
    .optional(),
  organisation: z.coerce.number().int().positive().optional(),
  administrator: z.coerce.number().int().positive().optional(),
});

export function registerUserCommands(program: Command) {
  const usersCmd = program.command('users').description('manage user accounts');

  usersCmd
    .command('create')
    .description('create a user with a password')
    .requiredOption('--email <email>', 'e-mail, used to log in')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .requiredOption('--password <password>', `${PASSWORD_RULES.minLength} to ${PASSWORD_RULES.maxLength} characters`)
    .option('--municipality <code>', 'kommunekode, for municipality roles')
    .option('--organisation <id>', 'organisation id, for organisation roles')
    .option('--administrator <id>', 'administrator id, for administrator staff')
    .action(async (opts) => {
      const parsed = createOptions.safeParse(opts);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
      const o = parsed.data;
      const user = await withDb((db) =>
        createUser({
          db,
          actor: { ...SYSTEM_ACTOR, label: 'Kommandolinjen' },
          password: o.password,
          input: {
            email: o.email,
            name: o.name,
            role: o.role as Role,
            municipalityCode: o.municipality,
            organisationId: o.organisation,
            administratorId: o.administrator,
          },
        }).catch((e: { userMessage?: string }) => {
          throw new Error(e.userMessage ?? String(e));
        }),
      );
      console.log(`Created user ${user.id}: ${user.email} (${ROLE_LABELS[user.role]})`);
    });

  usersCmd
    .command('list')
    .description('list all users')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { rows } = await withDb((db) => listUsers(db, { page: 1, pageSize: 10000 }));
      if (opts.json) return console.log(JSON.stringify(rows, null, 2));
      for (const u of rows) {
        console.log(
          `${String(u.id).padStart(4)}  ${u.email.padEnd(34)} ${u.role.padEnd(20)} ${(u.affiliation ?? '').padEnd(36)} ${u.disabledAt ? 'disabled' : 'active'}`,
        );
      }
    });

  usersCmd
    .command('disable')
    .description('disable a user; their sessions end at once')
    .argument('<email>', "the user's e-mail")
    .action(async (email: string) => {
      await withDb(async (db) => {
        const [user] = await db
          .select()
          .from(users)
          .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
        if (!user) throw new Error(`No user with e-mail ${email}`);
        await setUserDisabled({ db, actor: { ...SYSTEM_ACTOR, label: 'Kommandolinjen' }, userId: user.id, disabled: true });
        console.log(`Disabled ${user.email}`);
      });
    });
}
