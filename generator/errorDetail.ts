/**
 * How an unexpected error is shown to a user: its message, or its stack when
 * NORTHFLANK_OPENAPI_DEBUG is set (a stack helps whoever fixes the bug, not the user).
 */
export function errorDetail(error: unknown): string {
  const asError = error as Partial<Error> | null;
  const verbose = Boolean(process.env.NORTHFLANK_OPENAPI_DEBUG);
  return String((verbose ? asError?.stack : asError?.message) ?? error);
}
