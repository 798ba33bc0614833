-- A text search ranks the newest 1,000 matches of each kind. On a big desk a common word or
-- phrase matches tens of thousands of claims; the plain full-text index returns them all,
-- unordered, and each had to be read from the table for its creation time (a phrase matching
-- 48,000 claims of the large dataset: 130 ms), while the planner, misjudging how many claims a
-- phrase matches, would not intersect the full-text index with the creation-date index.
-- One GIN index over the search vector and the creation time (btree_gin) answers "matches
-- created since T" by itself: lib/search/find-hits.ts looks among the newest claims first
-- (10 ms for the same phrase). It replaces the plain index, serving every query that used it
-- (all of them read live claims only, hence partial). schema.prisma cannot express a btree_gin
-- column or a partial index, so the index lives only here.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "Claim_searchVector_idx";

CREATE INDEX "Claim_searchVector_createdAt_idx" ON "Claim" USING GIN ("searchVector", "createdAt") WHERE "deletedAt" IS NULL;
