-- CreateTable
CREATE TABLE "SimilarClaimWording" (
    "workspaceId" TEXT NOT NULL,
    "exactHash" TEXT NOT NULL,
    "normalizedHash" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "normalizedText" TEXT,
    "searchVector" tsvector NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "SimilarClaimWording_pkey" PRIMARY KEY ("workspaceId","exactHash","normalizedHash")
);

-- CreateIndex
CREATE INDEX "SimilarClaimWording_searchVector_idx" ON "SimilarClaimWording" USING GIN ("searchVector");

-- The wordings of live claims, kept by statement triggers (one set-based statement per claim
-- write, however many rows it writes: the large dataset's bulk load stays fast). A move is the
-- net change of a wording's live claims in the statement: an edit of status or verdict nets to
-- nothing and writes nothing. Counts go up through an upsert and down through an UPDATE; the rows
-- left with no claim are deleted by a second statement that re-checks the count on the row's
-- latest version, so a concurrent claim of the same wording either keeps the row or inserts it
-- again (an upsert that meets a deleted row inserts anew).
CREATE OR REPLACE FUNCTION "similar_claim_wordings_changed"() RETURNS trigger AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM similar_new'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM similar_old'
    ELSE 'SELECT -1 AS sign, * FROM similar_old UNION ALL SELECT 1 AS sign, * FROM similar_new' END;
  moves text;
  emptied boolean;
BEGIN
  moves := format($sql$
    SELECT c."workspaceId", md5(lower(c."exact")) AS "exactHash", md5(lower(coalesce(c."normalizedText", ''))) AS "normalizedHash",
           min(c."exact") AS "exact", min(c."normalizedText") AS "normalizedText", sum(c.sign)::int AS n
    FROM (%s) c WHERE c."deletedAt" IS NULL
    GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0
  $sql$, source);
  EXECUTE format($sql$
    WITH moves AS (%s), added AS (
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
    SELECT coalesce(bool_or("claims" <= 0), false) FROM removed
  $sql$, moves) INTO emptied;
  IF emptied THEN
    EXECUTE format($sql$
      DELETE FROM "SimilarClaimWording" w USING (%s) m
      WHERE m.n < 0 AND w."workspaceId" = m."workspaceId" AND w."exactHash" = m."exactHash" AND w."normalizedHash" = m."normalizedHash" AND w."claims" <= 0
    $sql$, moves);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Claim_similar_wordings_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS similar_new FOR EACH STATEMENT EXECUTE FUNCTION "similar_claim_wordings_changed"();
CREATE TRIGGER "Claim_similar_wordings_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS similar_old NEW TABLE AS similar_new FOR EACH STATEMENT EXECUTE FUNCTION "similar_claim_wordings_changed"();
CREATE TRIGGER "Claim_similar_wordings_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS similar_old FOR EACH STATEMENT EXECUTE FUNCTION "similar_claim_wordings_changed"();

-- The claims already there.
INSERT INTO "SimilarClaimWording" ("workspaceId", "exactHash", "normalizedHash", "exact", "normalizedText", "searchVector", "claims")
SELECT "workspaceId", "exactHash", "normalizedHash", "exact", "normalizedText",
       setweight(to_tsvector('english', coalesce("normalizedText", '') || ' ' || "exact"), 'A'), n
FROM (
  SELECT "workspaceId", md5(lower("exact")) AS "exactHash", md5(lower(coalesce("normalizedText", ''))) AS "normalizedHash",
         min("exact") AS "exact", min("normalizedText") AS "normalizedText", count(*)::int AS n
  FROM "Claim" WHERE "deletedAt" IS NULL GROUP BY 1, 2, 3
) wordings;
