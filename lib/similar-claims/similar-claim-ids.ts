// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { candidateQuery } from "./candidate-query";
import { SIMILAR_LIMIT, SIMILAR_SCORE_MIN } from "./similarity-threshold";

/**
 * Earlier claims that say nearly the same thing as `quote` or `wording`, best first.
 *
 * Candidates come from the full-text index: claims whose quote or wording has at least three of
 * the five most distinctive words of either text (stemmed, so "signed"/"signing" agree). A
 * trigram-index scan was tried first and measured far too slow on a large desk, where every
 * claim shares common trigrams (" th", "per", "ent"…) with thousands of others. The candidates
 * are then scored by pg_trgm similarity of the texts (how nearly the same words in the same
 * order), nudged by full-text rank, and kept above SIMILAR_SCORE_MIN.
 */
export async function similarClaimIds(db: PrismaClient, workspaceId: string, claimId: string, quote: string, wording: string | null) {
  const lexemes = await db.$queryRaw<{ quote: string[] | null; wording: string[] | null }[]>`
    SELECT
      (SELECT array_agg(lexeme) FROM unnest(to_tsvector('english', ${quote}))) AS quote,
      (SELECT array_agg(lexeme) FROM unnest(to_tsvector('english', ${wording ?? ""}))) AS wording`;
  const candidates = candidateQuery([lexemes[0]?.quote ?? [], lexemes[0]?.wording ?? []]);
  if (!candidates) return [];
  const words = `${quote} ${wording ?? ""}`;
  return db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
    SELECT id, score FROM (
      SELECT c."id",
        least(1, greatest(
          similarity(c."exact", ${quote}),
          coalesce(similarity(c."normalizedText", ${quote}), 0),
          coalesce(similarity(c."exact", ${wording}), 0),
          coalesce(similarity(c."normalizedText", ${wording}), 0)
        ) + 0.15 * ts_rank_cd(c."searchVector", replace(plainto_tsquery('english', ${words})::text, '&', '|')::tsquery, 32))::float8 AS score
      FROM "Claim" c
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."id" <> ${claimId}
        AND c."searchVector" @@ CAST(${candidates} AS tsquery)
    ) scored
    WHERE score >= ${SIMILAR_SCORE_MIN}
    ORDER BY score DESC, id
    LIMIT ${SIMILAR_LIMIT}`);
}
