import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What the dashboard queries need of a Prisma client. The app passes lib/db.ts's client (see
 * load-dashboard.ts); the benchmark and seed scripts pass their own, since lib/db.ts is server-only.
 */
export type DashboardClient = Pick<PrismaClient, "$queryRaw">;
