import "server-only";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  // Always set at run time by `npm start`, which validates it; `next build` imports this module
  // without a database, and the pool only connects on the first query.
  return createPrismaClient(env().DATABASE_URL ?? "", 10);
}

const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient };

/** The one Prisma client, cached on globalThis so dev reloads and tests reuse its pool. */
export const db: PrismaClient = globalForPrisma.factdeskPrisma ?? createClient();
globalForPrisma.factdeskPrisma = db;
