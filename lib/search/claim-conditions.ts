import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimListFilters } from "./claim-list-filters";

const WORKING = Prisma.sql`('open', 'in_progress', 'changes_requested')`;

/** Whether any filter narrows claims (then articles and sources need a matching claim). */
export function hasClaimFilter(filters: ClaimListFilters): boolean {
  const { status, verdict, member, reviewer, article, disputed, orphaned, waitingOver, from, to } = filters;
  return [status, verdict, member, reviewer, article, disputed, orphaned, waitingOver, from, to].some((value) => value !== undefined);
}

/**
 * SQL conditions on the claim aliased `c`: always the workspace and not deleted, plus each
 * filter of the claim-list contract. Dates are inclusive UTC days of the claim's creation.
 */
export function claimConditions(workspaceId: string, filters: ClaimListFilters): Prisma.Sql {
  const parts = [Prisma.sql`c."workspaceId" = ${workspaceId}`, Prisma.sql`c."deletedAt" IS NULL`];
  if (filters.status === "working") parts.push(Prisma.sql`c."status" IN ${WORKING}`);
  else if (filters.status) parts.push(Prisma.sql`c."status" = CAST(${filters.status} AS "ClaimStatus")`);
  if (filters.verdict) parts.push(Prisma.sql`c."ratingLabelId" = ${filters.verdict}`);
  if (filters.member) parts.push(Prisma.sql`c."createdById" = ${filters.member}`);
  if (filters.reviewer) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Review" r WHERE r."claimId" = c."id" AND r."reviewerId" = ${filters.reviewer})`);
  }
  if (filters.article) parts.push(Prisma.sql`c."articleId" = ${filters.article}`);
  if (filters.disputed) parts.push(Prisma.sql`c."disputed"`);
  if (filters.orphaned) parts.push(Prisma.sql`c."anchorStatus" = 'orphaned'`);
  if (filters.waitingOver !== undefined) {
    parts.push(Prisma.sql`c."status" = 'verdict_proposed' AND c."submittedAt" <= now() - make_interval(hours => ${filters.waitingOver}::int)`);
  }
  if (filters.from) parts.push(Prisma.sql`c."createdAt" >= CAST(${filters.from} AS timestamp)`);
  if (filters.to) parts.push(Prisma.sql`c."createdAt" < CAST(${filters.to} AS timestamp) + interval '1 day'`);
  return Prisma.join(parts, " AND ");
}
