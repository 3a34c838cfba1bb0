/**
 * The one error type. `status` is the HTTP status, `userMessage` the Danish text a user
 * may read; the `message` is for logs only and never shown.
 */
export class AppError extends Error {
  constructor(
    public readonly code:
      | 'not_found'
      | 'forbidden'
      | 'unauthenticated'
      | 'bad_request'
      | 'conflict'
      | 'too_many_requests'
      | 'payload_too_large'
      | 'unavailable',
    public readonly userMessage: string,
    /** `field` ties the message to a form input, so the form comes back with it beside the field. */
    public readonly options: { field?: string; log?: string } = {},
  ) {
    super(options.log ?? userMessage);
  }

  get field(): string | undefined {
    return this.options.field;
  }

  get status(): 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503 {
    return (
      {
        not_found: 404,
        forbidden: 403,
        unauthenticated: 401,
        bad_request: 400,
        conflict: 409,
        too_many_requests: 429,
        payload_too_large: 413,
        unavailable: 503,
      } as const
    )[this.code];
  }
}

/** A form-level validation error on one field, raised by a service after the zod check passed. */
export const fieldError = (field: string, userMessage: string) => new AppError('bad_request', userMessage, { field });

export const notFound = (what = 'Siden') => new AppError('not_found', `${what} findes ikke.`);
/** A 404 for a row filtered by the caller's scope: it may exist, but not for this caller, and the answer must not tell which. */
export const notFoundOrHidden = (what = 'Siden') => new AppError('not_found', `${what} findes ikke, eller du har ikke adgang.`);
export const forbidden = () => new AppError('forbidden', 'Du har ikke adgang til denne side.');

/** Postgres unique violation, identical on PGlite and the server. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const code = (e as { code?: string })?.code;
  const name = (e as { constraint?: string })?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
