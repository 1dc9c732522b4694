/** For logs: keeps the first character of the local part and the domain, e.g. "m***@example.com". */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/**
 * An error as one log line without the data it carried. Drizzle's query errors put the query's parameters in the
 * message (addresses, password hashes, mail bodies with link tokens), and the driver's own message may quote a
 * value too ('invalid input syntax for type integer: "…"'): only the query text, the SQLSTATE and the constraint
 * are kept.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if ('query' in error && typeof error.query === 'string') {
    const cause: Record<string, unknown> = error.cause && typeof error.cause === 'object' ? { ...error.cause } : {};
    const code = cause.code ? ` [SQLSTATE ${String(cause.code)}]` : '';
    const constraint = cause.constraint ?? cause.constraint_name;
    return `query failed: ${error.query.slice(0, 200)}${code}${constraint ? ` constraint ${String(constraint)}` : ''}`;
  }
  return error.message;
}
