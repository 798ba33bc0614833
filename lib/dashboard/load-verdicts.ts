import type { DashboardClient } from "./dashboard-client";
import type { VerdictCount } from "./types";

/** Every label of the workspace's scale, in scale order, with its non-deleted claims (zeros included). */
export async function loadVerdicts(db: DashboardClient, workspaceId: string): Promise<VerdictCount[]> {
  const rows = await db.$queryRaw<{ ratingLabelId: string; label: string; color: string; count: bigint; approved: bigint }[]>`
    SELECT l."id" AS "ratingLabelId", l."label", l."color",
           count(c."id") AS count,
           count(c."id") FILTER (WHERE c."status" = 'approved') AS approved
    FROM "RatingLabel" l
    LEFT JOIN "Claim" c ON c."ratingLabelId" = l."id" AND c."deletedAt" IS NULL
    WHERE l."workspaceId" = ${workspaceId}
    GROUP BY l."id"
    ORDER BY l."position", l."id"`;
  return rows.map((row) => ({ ...row, count: Number(row.count), approved: Number(row.approved) }));
}
