-- The claim rollup trigger ran its statement through EXECUTE, because one function served
-- INSERT, UPDATE and DELETE and only the SQL text could name the transition tables each has.
-- EXECUTE parses and plans the six-part statement on every claim write (about 2 ms of Postgres
-- time per autosave, measured). Now each operation has its own function whose statement is
-- static SQL, which PL/pgSQL plans once per connection. The three are generated here from one
-- text, so the rollup logic still exists once; what it computes is unchanged
-- (lib/dashboard/rollups-stay-exact.test.ts).
DO $migration$
DECLARE
  rollup text := $rollup$
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
      FROM facts GROUP BY 1
      HAVING sum(n) <> 0 OR sum(working) <> 0 OR sum(proposed) <> 0 OR sum(approved) <> 0 OR sum(disputed) <> 0 OR sum(orphaned) <> 0
      ORDER BY 1
      ON CONFLICT ("workspaceId") DO UPDATE SET "total" = s."total" + EXCLUDED."total",
        "working" = s."working" + EXCLUDED."working", "proposed" = s."proposed" + EXCLUDED."proposed", "approved" = s."approved" + EXCLUDED."approved",
        "disputed" = s."disputed" + EXCLUDED."disputed", "orphaned" = s."orphaned" + EXCLUDED."orphaned"
    ), revisions AS (
      INSERT INTO "DashboardRevisionShard" AS s ("workspaceId", "shard", "revision")
      SELECT DISTINCT "workspaceId", pg_backend_pid() %% 64, 1 FROM facts ORDER BY 1
      ON CONFLICT ("workspaceId", "shard") DO UPDATE SET "revision" = s."revision" + 1
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
    )
    INSERT INTO "DashboardMemberStats" AS s ("workspaceId", "userId", "openItems")
      SELECT "workspaceId", "ownerId", sum(working + proposed) FROM facts GROUP BY 1, 2 HAVING sum(working + proposed) <> 0 ORDER BY 1, 2
      ON CONFLICT ("workspaceId", "userId") DO UPDATE SET "openItems" = s."openItems" + EXCLUDED."openItems"
  $rollup$;
  review_links text := $links$
    UPDATE "DashboardReview" r SET "live" = c."deletedAt" IS NULL, "claimRatingLabelId" = c."ratingLabelId"
    FROM dashboard_new c
    WHERE r."claimId" = c."id" AND (r."live" IS DISTINCT FROM (c."deletedAt" IS NULL) OR r."claimRatingLabelId" IS DISTINCT FROM c."ratingLabelId");
  $links$;
  function_text text := $function$
    CREATE FUNCTION %I() RETURNS trigger AS $body$
    BEGIN
      %s;
      %s
      RETURN NULL;
    END
    $body$ LANGUAGE plpgsql
  $function$;
BEGIN
  EXECUTE format(function_text, 'dashboard_claims_inserted', format(rollup, 'SELECT 1 AS sign, * FROM dashboard_new'), '');
  EXECUTE format(function_text, 'dashboard_claims_deleted', format(rollup, 'SELECT -1 AS sign, * FROM dashboard_old'), '');
  EXECUTE format(function_text, 'dashboard_claims_updated',
    format(rollup, 'SELECT -1 AS sign, * FROM dashboard_old UNION ALL SELECT 1 AS sign, * FROM dashboard_new'), review_links);
END
$migration$;

DROP TRIGGER "Claim_dashboard_insert" ON "Claim";
DROP TRIGGER "Claim_dashboard_update" ON "Claim";
DROP TRIGGER "Claim_dashboard_delete" ON "Claim";
CREATE TRIGGER "Claim_dashboard_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_claims_inserted"();
CREATE TRIGGER "Claim_dashboard_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS dashboard_old NEW TABLE AS dashboard_new
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_claims_updated"();
CREATE TRIGGER "Claim_dashboard_delete" AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS dashboard_old
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_claims_deleted"();
DROP FUNCTION "dashboard_claims_changed"();
