// Failures that mean "Postgres is not reachable right now" rather than "this request is wrong":
// the request can be sent again unchanged once the database is back.

// Prisma: can't reach server, timed out, server closed the connection, pool timeout, too many connections.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
// Driver adapter error kinds (@prisma/adapter-pg) for lost or refused connections.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Postgres SQLSTATEs: connection exceptions (08…), shutting down / starting up (57P0…),
// statement timeout (57014), too many connections (53300).
const SQLSTATE = /^(08...|57P0[1-4]|57014|53300)$/;
// Node socket errors.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
// pg's own errors, which the adapter passes on without a code.
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode)/i;

// Prisma's interactive transactions: not started within maxWait, or expired after `timeout`
// (rolled back). Under overload both pass; other P2028s are misuse and must not be retried.
const TRANSACTION_TIMEOUT = /expired transaction|Unable to start a transaction in the given time/i;

/** Whether an error (from Prisma, the pg adapter or pg) means the database is unreachable or overloaded for a moment. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const candidate = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof candidate.code === "string" && (PRISMA_CODES.has(candidate.code) || SOCKET_CODES.has(candidate.code) || SQLSTATE.test(candidate.code))) return true;
  if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
  if (candidate.code === "P2028" && typeof candidate.message === "string" && TRANSACTION_TIMEOUT.test(candidate.message)) return true;
  if (typeof candidate.message === "string" && PG_MESSAGES.test(candidate.message)) return true;
  return isDatabaseUnavailable(candidate.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(candidate.cause, depth + 1);
}
