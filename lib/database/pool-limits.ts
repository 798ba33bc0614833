import type { PoolConfig } from "pg";

/**
 * Time limits for every pooled connection, so that a request fails with a retryable error
 * instead of hanging while Postgres is restarting, gone or stuck. Pooled clients whose server
 * went away are dropped by pg and replaced on the next query, so the app recovers by itself.
 */
export const POOL_LIMITS = {
  // Waiting for a connection: a new one to a server that does not answer, or a free one when
  // all are busy. A stopped server refuses at once; this bounds the silent cases.
  connectionTimeoutMillis: 5_000,
  // Server side: a statement running this long is cancelled (none of the app's should).
  statement_timeout: 15_000,
  // Client side: gives up on a query whose server stopped answering without closing the socket.
  query_timeout: 20_000,
  // A transaction left open by a lost client must not hold its row locks for long.
  idle_in_transaction_session_timeout: 30_000,
  keepAlive: true,
} satisfies PoolConfig;

/**
 * Interactive transactions ($transaction(async tx => …)): how long to wait for a connection and
 * how long one may run. Prisma's defaults (2 s, 5 s) failed short writes on a loaded 2-core
 * machine; these match the connect and statement limits above.
 */
export const TRANSACTION_LIMITS = { maxWait: POOL_LIMITS.connectionTimeoutMillis, timeout: POOL_LIMITS.statement_timeout };
