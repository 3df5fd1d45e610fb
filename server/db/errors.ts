import 'server-only';

/** PostgreSQL's SQLSTATE, whether drizzle wrapped the driver's error or not. */
export const pgCode = (error: unknown): string | undefined =>
  (error as { code?: string } | null)?.code ?? (error as { cause?: { code?: string } } | null)?.cause?.code;

/**
 * A write lost a race to an equal one (two admins creating one email at once): the checks before
 * it passed for both, and the unique index let only one through.
 */
export const isUniqueViolation = (error: unknown, constraint?: string) =>
  pgCode(error) === '23505' && (constraint === undefined || constraintOf(error) === constraint);

/** Which constraint PostgreSQL named, wrapped or not. */
export const constraintOf = (error: unknown): string | undefined =>
  (error as { constraint?: string } | null)?.constraint ??
  (error as { cause?: { constraint?: string } } | null)?.cause?.constraint;
