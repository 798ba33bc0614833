-- The similar-claim wordings trigger ran its statements through EXECUTE (one function served
-- INSERT, UPDATE and DELETE, and only the SQL text could name each one's transition tables), so
-- Postgres parsed and planned them on every claim write (0.4-1.4 ms measured on the large
-- dataset). As for the dashboard rollups (migration dashboard_claim_trigger_static_plans), each
-- operation now has its own function of static SQL, which PL/pgSQL plans once per connection,
-- generated here from one text; what they do is unchanged (lib/similar-claims/similar-claim-wordings.test.ts).
DO $migration$
DECLARE
  moves text := $moves$
    SELECT c."workspaceId", md5(lower(c."exact")) AS "exactHash", md5(lower(coalesce(c."normalizedText", ''))) AS "normalizedHash",
           min(c."exact") AS "exact", min(c."normalizedText") AS "normalizedText", sum(c.sign)::int AS n
    FROM (%s) c WHERE c."deletedAt" IS NULL
    GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0
  $moves$;
  function_text text := $function$
    CREATE FUNCTION %1$I() RETURNS trigger AS $body$
    DECLARE
      emptied boolean;
    BEGIN
      WITH moves AS (%2$s), added AS (
        INSERT INTO "SimilarClaimWording" AS w ("workspaceId", "exactHash", "normalizedHash", "exact", "normalizedText", "searchVector", "claims")
        SELECT "workspaceId", "exactHash", "normalizedHash", "exact", "normalizedText",
               setweight(to_tsvector('english', coalesce("normalizedText", '') || ' ' || "exact"), 'A'), n
        FROM moves WHERE n > 0 ORDER BY 1, 2, 3
        ON CONFLICT ("workspaceId", "exactHash", "normalizedHash") DO UPDATE SET "claims" = w."claims" + EXCLUDED."claims"
      ), removed AS (
        UPDATE "SimilarClaimWording" w SET "claims" = w."claims" + m.n
        FROM moves m
        WHERE m.n < 0 AND w."workspaceId" = m."workspaceId" AND w."exactHash" = m."exactHash" AND w."normalizedHash" = m."normalizedHash"
        RETURNING w."claims"
      )
      SELECT coalesce(bool_or("claims" <= 0), false) INTO emptied FROM removed;
      IF emptied THEN
        DELETE FROM "SimilarClaimWording" w USING (%2$s) m
        WHERE m.n < 0 AND w."workspaceId" = m."workspaceId" AND w."exactHash" = m."exactHash" AND w."normalizedHash" = m."normalizedHash" AND w."claims" <= 0;
      END IF;
      RETURN NULL;
    END
    $body$ LANGUAGE plpgsql
  $function$;
BEGIN
  EXECUTE format(function_text, 'similar_claim_wordings_inserted', format(moves, 'SELECT 1 AS sign, * FROM similar_new'));
  EXECUTE format(function_text, 'similar_claim_wordings_deleted', format(moves, 'SELECT -1 AS sign, * FROM similar_old'));
  EXECUTE format(function_text, 'similar_claim_wordings_updated',
    format(moves, 'SELECT -1 AS sign, * FROM similar_old UNION ALL SELECT 1 AS sign, * FROM similar_new'));
END
$migration$;

DROP TRIGGER "Claim_similar_wordings_insert" ON "Claim";
DROP TRIGGER "Claim_similar_wordings_update" ON "Claim";
DROP TRIGGER "Claim_similar_wordings_delete" ON "Claim";
CREATE TRIGGER "Claim_similar_wordings_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS similar_new
  FOR EACH STATEMENT EXECUTE FUNCTION "similar_claim_wordings_inserted"();
CREATE TRIGGER "Claim_similar_wordings_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS similar_old NEW TABLE AS similar_new
  FOR EACH STATEMENT EXECUTE FUNCTION "similar_claim_wordings_updated"();
CREATE TRIGGER "Claim_similar_wordings_delete" AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS similar_old
  FOR EACH STATEMENT EXECUTE FUNCTION "similar_claim_wordings_deleted"();
DROP FUNCTION "similar_claim_wordings_changed"();
