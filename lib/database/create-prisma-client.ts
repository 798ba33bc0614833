import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { POOL_LIMITS, TRANSACTION_LIMITS } from "./pool-limits";
import { preparedStatementName } from "./prepared-statements";

/**
 * A Prisma client over the pg driver adapter with the pool limits that make queries fail fast
 * when Postgres is down; the app's one client (lib/db.ts) and scripts and tests use it.
 */
export function createPrismaClient(databaseUrl: string, poolSize = 5): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize, ...POOL_LIMITS }, { statementNameGenerator: preparedStatementName }),
    transactionOptions: TRANSACTION_LIMITS,
  });
}
