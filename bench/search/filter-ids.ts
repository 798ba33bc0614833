import type { PrismaClient } from "../../lib/generated/prisma/client";

export interface FilterIds {
  verdicts: [string, string];
  member: string;
  reviewer: string;
  article: string;
}

/**
 * Real ids of the dataset's workspace for the filtered lists: the app refuses ids that are not
 * the workspace's (a typo would otherwise match nothing), so measuring with made-up ids would
 * time a query no user can run. Whatever dataset is used (own seed or the large one).
 */
export async function filterIds(db: PrismaClient, workspaceId: string): Promise<FilterIds> {
  const [row] = await db.$queryRaw<{ verdict3: string; verdict5: string; member: string; reviewer: string; article: string }[]>`
    SELECT
      (SELECT "id" FROM "RatingLabel" WHERE "workspaceId" = ${workspaceId} ORDER BY "position" OFFSET 2 LIMIT 1) AS verdict3,
      (SELECT "id" FROM "RatingLabel" WHERE "workspaceId" = ${workspaceId} ORDER BY "position" OFFSET 4 LIMIT 1) AS verdict5,
      (SELECT "createdById" FROM "Claim" WHERE "workspaceId" = ${workspaceId} ORDER BY "id" LIMIT 1) AS member,
      (SELECT r."reviewerId" FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId" WHERE c."workspaceId" = ${workspaceId} ORDER BY r."id" LIMIT 1) AS reviewer,
      (SELECT "articleId" FROM "Claim" WHERE "workspaceId" = ${workspaceId} ORDER BY "id" OFFSET 16 LIMIT 1) AS article`;
  // The own seed has no reviews: a member then stands in (their list is simply empty).
  return { verdicts: [row.verdict3, row.verdict5], member: row.member, reviewer: row.reviewer ?? row.member, article: row.article };
}
