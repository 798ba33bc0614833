import type { DashboardClient } from "./dashboard-client";
import type { VerdictCount } from "./types";

/** Every label of the workspace's scale, in scale order, with its non-deleted claims (zeros included). */
export async function loadVerdicts(db: DashboardClient, workspaceId: string): Promise<VerdictCount[]> {
  const rows = await db.$queryRaw<{ ratingLabelId: string; label: string; color: string; count: number | null; approved: number | null }[]>`
    SELECT l."id" AS "ratingLabelId", l."label", l."color", s."claims" AS count, s."approved"
    FROM "RatingLabel" l
    LEFT JOIN "DashboardVerdictStats" s ON s."workspaceId" = l."workspaceId" AND s."ratingLabelId" = l."id"
    WHERE l."workspaceId" = ${workspaceId}
    ORDER BY l."position", l."id"`;
  return rows.map((row) => ({ ...row, count: row.count ?? 0, approved: row.approved ?? 0 }));
}
