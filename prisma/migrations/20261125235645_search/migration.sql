-- Trigram similarity (similar claims) needs pg_trgm; its operator class is used by indexes below.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "rationaleText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "relatedClaimId" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_createdAt_idx" ON "Claim"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_relatedClaimId_idx" ON "Claim"("relatedClaimId");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_exact_trgm_idx" ON "Claim" USING GIN ("exact" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_normalizedText_trgm_idx" ON "Claim" USING GIN ("normalizedText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_relatedClaimId_fkey" FOREIGN KEY ("relatedClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Search text is maintained by triggers rather than by the application, so every write path
-- (the claim editor, review, backup restore, seeds, bulk SQL) keeps it right. Prisma ignores
-- functions and triggers, so they live only here.

-- The plain text of a Tiptap document: text nodes joined, block nodes ended by a line break.
CREATE FUNCTION "factdesk_rich_text"(node jsonb) RETURNS text AS $$
DECLARE
  result text := '';
  child jsonb;
BEGIN
  IF node IS NULL OR jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF node->>'type' = 'text' THEN RETURN coalesce(node->>'text', ''); END IF;
  IF node->>'type' = 'hardBreak' THEN RETURN E'\n'; END IF;
  IF jsonb_typeof(node->'content') = 'array' THEN
    FOR child IN SELECT value FROM jsonb_array_elements(node->'content') LOOP
      result := result || "factdesk_rich_text"(child);
    END LOOP;
  END IF;
  IF node->>'type' IN ('paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock') THEN
    result := result || E'\n';
  END IF;
  RETURN result;
END
$$ LANGUAGE plpgsql IMMUTABLE;

CREATE FUNCTION "claim_search_text"() RETURNS trigger AS $$
BEGIN
  NEW."rationaleText" := btrim("factdesk_rich_text"(NEW."rationale"), E' \n');
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."normalizedText", '') || ' ' || NEW."exact"), 'A') ||
    setweight(to_tsvector('english', NEW."rationaleText"), 'B');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Claim_search_text_insert" BEFORE INSERT ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_text"();
CREATE TRIGGER "Claim_search_text_update" BEFORE UPDATE OF "exact", "normalizedText", "rationale", "rationaleText" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_text"();

CREATE FUNCTION "article_search_text"() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', NEW."title"), 'A') || setweight(to_tsvector('english', NEW."plainText"), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_search_text_insert" BEFORE INSERT ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_text"();
CREATE TRIGGER "Article_search_text_update" BEFORE UPDATE OF "title", "plainText" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_text"();

CREATE FUNCTION "source_search_text"() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', NEW."title"), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."publisher", '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."excerpt", '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Source_search_text_insert" BEFORE INSERT ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "source_search_text"();
CREATE TRIGGER "Source_search_text_update" BEFORE UPDATE OF "title", "publisher", "excerpt" ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "source_search_text"();

-- Backfill: naming a column in SET fires the update triggers above.
UPDATE "Claim" SET "rationale" = "rationale";
UPDATE "Article" SET "title" = "title";
UPDATE "Source" SET "title" = "title";
