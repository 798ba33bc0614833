-- CreateTable
CREATE TABLE "DashboardWorkspaceStats" (
    "workspaceId" TEXT NOT NULL,
    "revision" BIGINT NOT NULL DEFAULT 0,
    "articles" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "working" INTEGER NOT NULL DEFAULT 0,
    "proposed" INTEGER NOT NULL DEFAULT 0,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "disputed" INTEGER NOT NULL DEFAULT 0,
    "orphaned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardWorkspaceStats_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "DashboardArticleStats" (
    "articleId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "working" INTEGER NOT NULL DEFAULT 0,
    "proposed" INTEGER NOT NULL DEFAULT 0,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "disputed" INTEGER NOT NULL DEFAULT 0,
    "orphaned" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardArticleStats_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "DashboardDailyStats" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "userId" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardDailyStats_pkey" PRIMARY KEY ("workspaceId","day","userId")
);

-- CreateTable
CREATE TABLE "DashboardVerdictStats" (
    "workspaceId" TEXT NOT NULL,
    "ratingLabelId" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "approved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardVerdictStats_pkey" PRIMARY KEY ("workspaceId","ratingLabelId")
);

-- CreateTable
CREATE TABLE "DashboardMemberStats" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openItems" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardMemberStats_pkey" PRIMARY KEY ("workspaceId","userId")
);

-- CreateTable
CREATE TABLE "DashboardReview" (
    "reviewId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "independentRatingLabelId" TEXT,
    "claimRatingLabelId" TEXT,
    "live" BOOLEAN NOT NULL,

    CONSTRAINT "DashboardReview_pkey" PRIMARY KEY ("reviewId")
);

-- CreateTable
CREATE TABLE "DashboardAgreementCell" (
    "workspaceId" TEXT NOT NULL,
    "claimRatingLabelId" TEXT NOT NULL,
    "reviewRatingLabelId" TEXT NOT NULL,
    "pairs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardAgreementCell_pkey" PRIMARY KEY ("workspaceId","claimRatingLabelId","reviewRatingLabelId")
);

-- CreateIndex
CREATE INDEX "DashboardArticleStats_workspaceId_lastActivityAt_articleId_idx" ON "DashboardArticleStats"("workspaceId", "lastActivityAt" DESC, "articleId" DESC);

-- CreateIndex
CREATE INDEX "DashboardReview_claimId_idx" ON "DashboardReview"("claimId");

-- CreateIndex
CREATE INDEX "DashboardReview_workspaceId_live_createdAt_reviewerId_submi_idx" ON "DashboardReview"("workspaceId", "live", "createdAt", "reviewerId", "submittedAt");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_status_submittedAt_deletedAt_idx" ON "Claim"("workspaceId", "status", "submittedAt", "deletedAt");

-- Dashboard rollups. The tables above are kept exact by statement-level triggers with
-- transition tables, so a bulk write (a backup restore, seed:large) updates each counter once per
-- statement rather than once per row. Each trigger function reads the changed rows as signed
-- facts (-1 for the old version of a row, +1 for the new one) and adds them up. Upserts run in
-- key order, so two transactions never take the same counter rows in opposite orders.

-- Backfill from the data already there (before the triggers exist, so nothing counts twice).
INSERT INTO "DashboardArticleStats" ("articleId", "workspaceId", "total", "working", "proposed", "approved", "disputed", "orphaned", "lastActivityAt")
SELECT a."id", a."workspaceId",
       count(c."id") FILTER (WHERE c."deletedAt" IS NULL),
       count(c."id") FILTER (WHERE c."deletedAt" IS NULL AND c."status" IN ('open', 'in_progress', 'changes_requested')),
       count(c."id") FILTER (WHERE c."deletedAt" IS NULL AND c."status" = 'verdict_proposed'),
       count(c."id") FILTER (WHERE c."deletedAt" IS NULL AND c."status" = 'approved'),
       count(c."id") FILTER (WHERE c."deletedAt" IS NULL AND c."disputed"),
       count(c."id") FILTER (WHERE c."deletedAt" IS NULL AND c."anchorStatus" = 'orphaned'),
       greatest(a."updatedAt", max(c."updatedAt"))
FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a."id"
GROUP BY a."id";

INSERT INTO "DashboardWorkspaceStats" ("workspaceId", "revision", "articles", "total", "working", "proposed", "approved", "disputed", "orphaned")
SELECT "workspaceId", 1, count(*), sum("total"), sum("working"), sum("proposed"), sum("approved"), sum("disputed"), sum("orphaned")
FROM "DashboardArticleStats" GROUP BY "workspaceId";

INSERT INTO "DashboardDailyStats" ("workspaceId", "day", "userId", "claims")
SELECT "workspaceId", "createdAt"::date, "createdById", count(*) FROM "Claim" WHERE "deletedAt" IS NULL GROUP BY 1, 2, 3;

INSERT INTO "DashboardVerdictStats" ("workspaceId", "ratingLabelId", "claims", "approved")
SELECT "workspaceId", "ratingLabelId", count(*), count(*) FILTER (WHERE "status" = 'approved')
FROM "Claim" WHERE "deletedAt" IS NULL AND "ratingLabelId" IS NOT NULL GROUP BY 1, 2;

INSERT INTO "DashboardMemberStats" ("workspaceId", "userId", "openItems")
SELECT "workspaceId", coalesce("assigneeId", "createdById"), count(*)
FROM "Claim" WHERE "deletedAt" IS NULL AND "status" <> 'approved' GROUP BY 1, 2;

-- When the round a review belongs to was submitted: the claim's submittedAt for its current
-- round, else the newest submission (or dispute resolution that opened a round) before the review.
CREATE FUNCTION "dashboard_round_submitted_at"(claim_id text, round int, current_round int, current_submitted timestamp(3), reviewed_at timestamp(3))
RETURNS timestamp(3) AS $$
  SELECT CASE WHEN round = current_round THEN current_submitted ELSE (
    SELECT max(e."createdAt") FROM "ClaimEvent" e
    WHERE e."claimId" = claim_id AND e."createdAt" <= reviewed_at
      AND (e."kind" = 'submitted' OR (e."kind" = 'dispute_resolved' AND e."after"->>'reviewRound' IS DISTINCT FROM e."before"->>'reviewRound'))
  ) END
$$ LANGUAGE sql STABLE;

INSERT INTO "DashboardReview" ("reviewId", "workspaceId", "claimId", "reviewerId", "createdAt", "submittedAt", "independentRatingLabelId", "claimRatingLabelId", "live")
SELECT r."id", c."workspaceId", r."claimId", r."reviewerId", r."createdAt",
       "dashboard_round_submitted_at"(c."id", r."round", c."reviewRound", c."submittedAt", r."createdAt"),
       r."independentRatingLabelId", c."ratingLabelId", c."deletedAt" IS NULL
FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId";

INSERT INTO "DashboardDailyStats" AS s ("workspaceId", "day", "userId", "reviews")
SELECT "workspaceId", "createdAt"::date, "reviewerId", count(*) FROM "DashboardReview" WHERE "live" GROUP BY 1, 2, 3
ON CONFLICT ("workspaceId", "day", "userId") DO UPDATE SET "reviews" = EXCLUDED."reviews";

INSERT INTO "DashboardAgreementCell" ("workspaceId", "claimRatingLabelId", "reviewRatingLabelId", "pairs")
SELECT "workspaceId", "claimRatingLabelId", "independentRatingLabelId", count(*) FROM "DashboardReview"
WHERE "live" AND "claimRatingLabelId" IS NOT NULL AND "independentRatingLabelId" IS NOT NULL GROUP BY 1, 2, 3;

-- Claims: progress per workspace and article, claims per day and author, verdicts, open items;
-- a claim's deletion, restoration or new verdict also updates its reviews' facts.
CREATE FUNCTION "dashboard_claims_changed"() RETURNS trigger AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM dashboard_new'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM dashboard_old'
    ELSE 'SELECT -1 AS sign, * FROM dashboard_old UNION ALL SELECT 1 AS sign, * FROM dashboard_new' END;
BEGIN
  EXECUTE format($sql$
    WITH facts AS (
      SELECT c.sign, c."id", c."workspaceId", c."articleId", c."createdById", coalesce(c."assigneeId", c."createdById") AS "ownerId",
             c."ratingLabelId", c."createdAt"::date AS day, c."updatedAt",
             CASE WHEN c."deletedAt" IS NULL THEN c.sign ELSE 0 END AS n,
             CASE WHEN c."deletedAt" IS NULL AND c."status" IN ('open', 'in_progress', 'changes_requested') THEN c.sign ELSE 0 END AS working,
             CASE WHEN c."deletedAt" IS NULL AND c."status" = 'verdict_proposed' THEN c.sign ELSE 0 END AS proposed,
             CASE WHEN c."deletedAt" IS NULL AND c."status" = 'approved' THEN c.sign ELSE 0 END AS approved,
             CASE WHEN c."deletedAt" IS NULL AND c."disputed" THEN c.sign ELSE 0 END AS disputed,
             CASE WHEN c."deletedAt" IS NULL AND c."anchorStatus" = 'orphaned' THEN c.sign ELSE 0 END AS orphaned
      FROM (%s) c
    ), workspaces AS (
      INSERT INTO "DashboardWorkspaceStats" AS s ("workspaceId", "revision", "total", "working", "proposed", "approved", "disputed", "orphaned")
      SELECT "workspaceId", 1, sum(n), sum(working), sum(proposed), sum(approved), sum(disputed), sum(orphaned)
      FROM facts GROUP BY 1 ORDER BY 1
      ON CONFLICT ("workspaceId") DO UPDATE SET "revision" = s."revision" + 1, "total" = s."total" + EXCLUDED."total",
        "working" = s."working" + EXCLUDED."working", "proposed" = s."proposed" + EXCLUDED."proposed", "approved" = s."approved" + EXCLUDED."approved",
        "disputed" = s."disputed" + EXCLUDED."disputed", "orphaned" = s."orphaned" + EXCLUDED."orphaned"
    ), articles AS (
      UPDATE "DashboardArticleStats" s SET "total" = s."total" + d.n, "working" = s."working" + d.working, "proposed" = s."proposed" + d.proposed,
        "approved" = s."approved" + d.approved, "disputed" = s."disputed" + d.disputed, "orphaned" = s."orphaned" + d.orphaned,
        "lastActivityAt" = greatest(s."lastActivityAt", d.last)
      FROM (SELECT "articleId", sum(n) AS n, sum(working) AS working, sum(proposed) AS proposed, sum(approved) AS approved,
                   sum(disputed) AS disputed, sum(orphaned) AS orphaned, max("updatedAt") FILTER (WHERE sign = 1) AS last
            FROM facts GROUP BY 1) d
      WHERE s."articleId" = d."articleId"
    ), days AS (
      INSERT INTO "DashboardDailyStats" AS s ("workspaceId", "day", "userId", "claims")
      SELECT "workspaceId", day, "createdById", sum(n) FROM facts GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT ("workspaceId", "day", "userId") DO UPDATE SET "claims" = s."claims" + EXCLUDED."claims"
    ), verdicts AS (
      INSERT INTO "DashboardVerdictStats" AS s ("workspaceId", "ratingLabelId", "claims", "approved")
      SELECT "workspaceId", "ratingLabelId", sum(n), sum(approved) FROM facts WHERE "ratingLabelId" IS NOT NULL
      GROUP BY 1, 2 HAVING sum(n) <> 0 OR sum(approved) <> 0 ORDER BY 1, 2
      ON CONFLICT ("workspaceId", "ratingLabelId") DO UPDATE SET "claims" = s."claims" + EXCLUDED."claims", "approved" = s."approved" + EXCLUDED."approved"
    ), members AS (
      INSERT INTO "DashboardMemberStats" AS s ("workspaceId", "userId", "openItems")
      SELECT "workspaceId", "ownerId", sum(working + proposed) FROM facts GROUP BY 1, 2 HAVING sum(working + proposed) <> 0 ORDER BY 1, 2
      ON CONFLICT ("workspaceId", "userId") DO UPDATE SET "openItems" = s."openItems" + EXCLUDED."openItems"
    )
    SELECT 1
  $sql$, source);
  IF TG_OP = 'UPDATE' THEN
    UPDATE "DashboardReview" r SET "live" = c."deletedAt" IS NULL, "claimRatingLabelId" = c."ratingLabelId"
    FROM dashboard_new c
    WHERE r."claimId" = c."id" AND (r."live" IS DISTINCT FROM (c."deletedAt" IS NULL) OR r."claimRatingLabelId" IS DISTINCT FROM c."ratingLabelId");
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Claim_dashboard_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_claims_changed"();
CREATE TRIGGER "Claim_dashboard_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS dashboard_old NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_claims_changed"();
CREATE TRIGGER "Claim_dashboard_delete" AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS dashboard_old
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_claims_changed"();

-- Reviews: mirrored into DashboardReview with their claim's facts (an update is a delete and an
-- insert of the mirror row).
CREATE FUNCTION "dashboard_reviews_changed"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "DashboardReview" r USING dashboard_old o WHERE r."reviewId" = o."id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashboardReview" ("reviewId", "workspaceId", "claimId", "reviewerId", "createdAt", "submittedAt", "independentRatingLabelId", "claimRatingLabelId", "live")
    SELECT r."id", c."workspaceId", r."claimId", r."reviewerId", r."createdAt",
           "dashboard_round_submitted_at"(c."id", r."round", c."reviewRound", c."submittedAt", r."createdAt"),
           r."independentRatingLabelId", c."ratingLabelId", c."deletedAt" IS NULL
    FROM dashboard_new r JOIN "Claim" c ON c."id" = r."claimId"
    ORDER BY r."id";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Review_dashboard_insert" AFTER INSERT ON "Review" REFERENCING NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_reviews_changed"();
CREATE TRIGGER "Review_dashboard_update" AFTER UPDATE ON "Review" REFERENCING OLD TABLE AS dashboard_old NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_reviews_changed"();
CREATE TRIGGER "Review_dashboard_delete" AFTER DELETE ON "Review" REFERENCING OLD TABLE AS dashboard_old
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_reviews_changed"();

-- Review facts: reviews per day and reviewer, and the agreement table, over non-deleted claims.
CREATE FUNCTION "dashboard_review_facts_changed"() RETURNS trigger AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM dashboard_new'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM dashboard_old'
    ELSE 'SELECT -1 AS sign, * FROM dashboard_old UNION ALL SELECT 1 AS sign, * FROM dashboard_new' END;
BEGIN
  EXECUTE format($sql$
    WITH facts AS (
      SELECT r.sign, r."workspaceId", r."reviewerId", r."createdAt"::date AS day, r."claimRatingLabelId", r."independentRatingLabelId",
             CASE WHEN r."live" THEN r.sign ELSE 0 END AS n
      FROM (%s) r
    ), days AS (
      INSERT INTO "DashboardDailyStats" AS s ("workspaceId", "day", "userId", "reviews")
      SELECT "workspaceId", day, "reviewerId", sum(n) FROM facts GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT ("workspaceId", "day", "userId") DO UPDATE SET "reviews" = s."reviews" + EXCLUDED."reviews"
    ), cells AS (
      INSERT INTO "DashboardAgreementCell" AS s ("workspaceId", "claimRatingLabelId", "reviewRatingLabelId", "pairs")
      SELECT "workspaceId", "claimRatingLabelId", "independentRatingLabelId", sum(n) FROM facts
      WHERE "claimRatingLabelId" IS NOT NULL AND "independentRatingLabelId" IS NOT NULL
      GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT ("workspaceId", "claimRatingLabelId", "reviewRatingLabelId") DO UPDATE SET "pairs" = s."pairs" + EXCLUDED."pairs"
    ), workspaces AS (
      INSERT INTO "DashboardWorkspaceStats" AS s ("workspaceId", "revision")
      SELECT DISTINCT "workspaceId", 1 FROM facts ORDER BY 1
      ON CONFLICT ("workspaceId") DO UPDATE SET "revision" = s."revision" + 1
    )
    SELECT 1
  $sql$, source);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DashboardReview_insert" AFTER INSERT ON "DashboardReview" REFERENCING NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_review_facts_changed"();
CREATE TRIGGER "DashboardReview_update" AFTER UPDATE ON "DashboardReview" REFERENCING OLD TABLE AS dashboard_old NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_review_facts_changed"();
CREATE TRIGGER "DashboardReview_delete" AFTER DELETE ON "DashboardReview" REFERENCING OLD TABLE AS dashboard_old
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_review_facts_changed"();

-- Articles: a progress row per article, the workspace's article count, and activity.
CREATE FUNCTION "dashboard_articles_changed"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashboardArticleStats" ("articleId", "workspaceId", "lastActivityAt")
    SELECT "id", "workspaceId", "updatedAt" FROM dashboard_new ORDER BY "id";
    INSERT INTO "DashboardWorkspaceStats" AS s ("workspaceId", "revision", "articles")
    SELECT "workspaceId", 1, count(*) FROM dashboard_new GROUP BY 1 ORDER BY 1
    ON CONFLICT ("workspaceId") DO UPDATE SET "revision" = s."revision" + 1, "articles" = s."articles" + EXCLUDED."articles";
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "DashboardArticleStats" s SET "lastActivityAt" = greatest(s."lastActivityAt", n."updatedAt")
    FROM dashboard_new n WHERE s."articleId" = n."id";
    INSERT INTO "DashboardWorkspaceStats" AS s ("workspaceId", "revision")
    SELECT DISTINCT "workspaceId", 1 FROM dashboard_new ORDER BY 1
    ON CONFLICT ("workspaceId") DO UPDATE SET "revision" = s."revision" + 1;
  ELSE
    DELETE FROM "DashboardArticleStats" s USING dashboard_old o WHERE s."articleId" = o."id";
    INSERT INTO "DashboardWorkspaceStats" AS s ("workspaceId", "revision", "articles")
    SELECT "workspaceId", 1, -count(*) FROM dashboard_old GROUP BY 1 ORDER BY 1
    ON CONFLICT ("workspaceId") DO UPDATE SET "revision" = s."revision" + 1, "articles" = s."articles" + EXCLUDED."articles";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_dashboard_insert" AFTER INSERT ON "Article" REFERENCING NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_articles_changed"();
CREATE TRIGGER "Article_dashboard_update" AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS dashboard_old NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_articles_changed"();
CREATE TRIGGER "Article_dashboard_delete" AFTER DELETE ON "Article" REFERENCING OLD TABLE AS dashboard_old
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_articles_changed"();
