import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimListFilters } from "./claim-list-filters";

const WORKING = Prisma.sql`('open', 'in_progress', 'changes_requested')`;
const OPEN_ITEM = Prisma.sql`('open', 'in_progress', 'changes_requested', 'verdict_proposed')`;

/** Whether any filter narrows claims (then articles and sources need a matching claim). */
export function hasClaimFilter(filters: ClaimListFilters): boolean {
  const { status, verdict, member, reviewer, openFor, article, disputed, orphaned, waitingOver, from, to, reviewedFrom, reviewedTo, agreement } = filters;
  return [status, verdict, member, reviewer, openFor, article, disputed, orphaned, waitingOver, from, to, reviewedFrom, reviewedTo, agreement].some(
    (value) => value !== undefined,
  );
}

/**
 * SQL conditions on the claim aliased `c`: always the workspace and not deleted, plus each
 * filter of the claim-list contract. Dates are inclusive UTC days (from/to: the claim's creation;
 * reviewedFrom/reviewedTo: a review of it).
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
  if (filters.openFor) {
    // The dashboard's "open items" of a member (lib/dashboard/load-members.ts).
    parts.push(
      Prisma.sql`c."status" IN ${OPEN_ITEM} AND (c."assigneeId" = ${filters.openFor} OR (c."assigneeId" IS NULL AND c."createdById" = ${filters.openFor}))`,
    );
  }
  if (filters.article) parts.push(Prisma.sql`c."articleId" = ${filters.article}`);
  if (filters.disputed) parts.push(Prisma.sql`c."disputed"`);
  if (filters.orphaned) parts.push(Prisma.sql`c."anchorStatus" = 'orphaned'`);
  if (filters.waitingOver !== undefined) {
    parts.push(Prisma.sql`c."status" = 'verdict_proposed' AND c."submittedAt" <= now() - make_interval(hours => ${filters.waitingOver}::int)`);
  }
  if (filters.from) parts.push(Prisma.sql`c."createdAt" >= CAST(${filters.from} AS timestamp)`);
  if (filters.to) parts.push(Prisma.sql`c."createdAt" < CAST(${filters.to} AS timestamp) + interval '1 day'`);
  if (filters.reviewedFrom || filters.reviewedTo) {
    const range = [Prisma.sql`r."claimId" = c."id"`];
    if (filters.reviewedFrom) range.push(Prisma.sql`r."createdAt" >= CAST(${filters.reviewedFrom} AS timestamp)`);
    if (filters.reviewedTo) range.push(Prisma.sql`r."createdAt" < CAST(${filters.reviewedTo} AS timestamp) + interval '1 day'`);
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Review" r WHERE ${Prisma.join(range, " AND ")})`);
  }
  if (filters.agreement) {
    // The pairs of the dashboard's agreement panel: the claim has a verdict and a review an independent one.
    const compare =
      filters.agreement === "agree"
        ? Prisma.sql` AND r."independentRatingLabelId" = c."ratingLabelId"`
        : filters.agreement === "disagree"
          ? Prisma.sql` AND r."independentRatingLabelId" <> c."ratingLabelId"`
          : Prisma.empty;
    parts.push(
      Prisma.sql`c."ratingLabelId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Review" r WHERE r."claimId" = c."id" AND r."independentRatingLabelId" IS NOT NULL${compare})`,
    );
  }
  return Prisma.join(parts, " AND ");
}
