import { createHash } from "node:crypto";
import type { DashboardClient } from "./dashboard-client";

/**
 * A fingerprint of everything the dashboard shows: the workspace's revision (bumped by the
 * rollup triggers on every statement that changes an article, a claim or a review; claim
 * changes bump one of its DashboardRevisionShard rows, added here), plus its
 * members (names and roles) and rating scale, which are small enough to read directly.
 */
export async function readDashboardVersion(db: DashboardClient, workspaceId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ revision: bigint | null; members: string | null; labels: string | null }[]>`
    SELECT (SELECT "revision" FROM "DashboardWorkspaceStats" WHERE "workspaceId" = ${workspaceId})
             + (SELECT coalesce(sum("revision"), 0) FROM "DashboardRevisionShard" WHERE "workspaceId" = ${workspaceId}) AS revision,
           (SELECT string_agg(m."userId" || ':' || m."role"::text || ':' || u."name", ',' ORDER BY m."userId")
              FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."workspaceId" = ${workspaceId}) AS members,
           (SELECT string_agg("id" || ':' || "updatedAt"::text, ',' ORDER BY "id") FROM "RatingLabel" WHERE "workspaceId" = ${workspaceId}) AS labels`;
  const fingerprint = `${row?.revision ?? 0}|${row?.members ?? ""}|${row?.labels ?? ""}`;
  return createHash("sha1").update(fingerprint).digest("base64url").slice(0, 16);
}
