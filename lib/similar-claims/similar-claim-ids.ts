// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { SIMILAR_LIMIT, SIMILAR_SCORE_MIN } from "./similarity-threshold";

/**
 * Candidates come from the trigram indexes (`%`, pg_trgm's default 0.3) on the quote and the
 * wording; the score is the best trigram similarity, nudged by full-text rank over any of the
 * input's words so that rewordings sharing the key terms rank above ones sharing only letters.
 */
export async function similarClaimIds(db: PrismaClient, workspaceId: string, claimId: string, quote: string, wording: string | null) {
  const words = `${quote} ${wording ?? ""}`;
  return db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
    WITH input AS (
      SELECT replace(plainto_tsquery('english', ${words})::text, '&', '|')::tsquery AS anyword
    )
    SELECT id, score FROM (
      SELECT c."id",
        least(1, greatest(
          similarity(c."exact", ${quote}),
          coalesce(similarity(c."normalizedText", ${quote}), 0),
          coalesce(similarity(c."exact", ${wording}), 0),
          coalesce(similarity(c."normalizedText", ${wording}), 0)
        ) + 0.15 * ts_rank_cd(c."searchVector", input.anyword, 32))::float8 AS score
      FROM "Claim" c, input
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."id" <> ${claimId}
        AND (c."exact" % ${quote} OR c."normalizedText" % ${quote} OR c."exact" % ${wording} OR c."normalizedText" % ${wording})
    ) scored
    WHERE score >= ${SIMILAR_SCORE_MIN}
    ORDER BY score DESC, id
    LIMIT ${SIMILAR_LIMIT}`);
}
