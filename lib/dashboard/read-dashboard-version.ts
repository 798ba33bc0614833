import { createHash } from "node:crypto";
import type { DashboardClient } from "./dashboard-client";

/**
 * A fingerprint of everything the dashboard shows. Every claim change (create, edit, delete,
 * restore, review: reviews always update their claim) moves the claims' newest updatedAt or
 * their count; articles, members and the rating scale have their own terms. Cheap enough to
 * poll: each term is an aggregate over an index.
 */
export async function readDashboardVersion(db: DashboardClient, workspaceId: string): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT row(count(*), max("updatedAt"))::text FROM "Claim" WHERE "workspaceId" = ${workspaceId}) AS claims,
           (SELECT row(count(*), max(r."createdAt"))::text FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId" WHERE c."workspaceId" = ${workspaceId}) AS reviews,
           (SELECT row(count(*), max("updatedAt"))::text FROM "Article" WHERE "workspaceId" = ${workspaceId}) AS articles,
           (SELECT row(count(*), max(m."createdAt"), string_agg(m."role"::text || u."name", ',' ORDER BY m."id"))::text
              FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."workspaceId" = ${workspaceId}) AS members,
           (SELECT row(count(*), max("updatedAt"))::text FROM "RatingLabel" WHERE "workspaceId" = ${workspaceId}) AS labels`;
  return createHash("sha1").update(JSON.stringify(row)).digest("base64url").slice(0, 16);
}
