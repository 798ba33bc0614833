-- Search with claim filters (status, verdict) on the "all" and articles tabs: an article counts
-- when one of its claims matches the filters. This index holds exactly what that check reads, so
-- the articles having a claim of a given status and verdict are listed from the index alone
-- (1.7 ms for 10,000 claims of the large dataset instead of 120 ms through the table), and the
-- claims tab intersects it with the full-text index. Covering (INCLUDE) and partial indexes:
-- schema.prisma cannot express them, so this one lives only here.
CREATE INDEX "Claim_workspaceId_status_ratingLabelId_idx" ON "Claim" ("workspaceId", "status", "ratingLabelId") INCLUDE ("articleId") WHERE "deletedAt" IS NULL;
