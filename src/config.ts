import { z } from 'zod';

/**
 * The only reader of process.env. Every variable has a safe default for the
 * embedded mode; a bad value stops the process at start with a clear message.
 */
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  // Unset: this machine on the port it listens on (see withDerived).
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  // 'auto': the Secure flag only where a browser keeps it (see secureCookies in src/auth/middleware.ts).
  COOKIE_SECURE: z.union([z.literal('auto'), bool]).default('auto'),
  DEMO_DATA: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Styringsdialog <noreply@localhost>'),
  // The public site's pages kept in memory between writes (src/lib/public-cache.ts); 0 turns it off.
  PUBLIC_CACHE_MB: z.coerce.number().int().min(0).max(1024).default(16),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(50),
  LOGIN_MAX_FAILURES_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).default(72),
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  // Requests for a reset link per address and per IP within LOGIN_WINDOW_MINUTES.
  PASSWORD_RESET_MAX_ACCOUNT: z.coerce.number().int().min(1).default(3),
  PASSWORD_RESET_MAX_IP: z.coerce.number().int().min(1).default(10),
});

/** Defaults that follow from other variables: `PORT=3102 npm start` sends links to 3102, not 3000. */
const withDerived = (c: z.infer<typeof schema>) => ({ ...c, PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.PORT}` });

export type Config = ReturnType<typeof withDerived>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, so `FOO= npm start` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return withDerived(parsed.data);
}

/** Config for tests and tools: defaults plus overrides, never the process environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...withDerived(schema.parse({})), LOG_LEVEL: 'silent', DEMO_DATA: false, ...overrides };
}
