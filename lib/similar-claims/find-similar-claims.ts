import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { requireMember } from "@/lib/workspaces/require-member";
import { loadSimilarClaims } from "./load-similar-claims";
import type { FindSimilarClaimsInput } from "./schema";
import { SIMILAR_LIMIT, SIMILAR_SCORE_MIN } from "./similarity-threshold";
import type { SimilarClaimsView } from "./types";

/**
 * Earlier claims of the workspace (not deleted, not this one) that say nearly the same thing as
 * this claim's quote or its wording as typed, best first, and the check it is linked to.
 * Every member may look (viewers see the same panel, read-only).
 */
export async function findSimilarClaims(userId: string, input: FindSimilarClaimsInput): Promise<SimilarClaimsView> {
  const workspace = await requireMember(userId, input.workspaceSlug);
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id, deletedAt: null },
    select: { id: true, exact: true, normalizedText: true, relatedClaimId: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
  const wording = input.wording === undefined ? claim.normalizedText : input.wording || null;
  const ids = await similarClaimIds(workspace.id, claim.id, claim.exact, wording);
  const related = claim.relatedClaimId ? [claim.relatedClaimId] : [];
  const loaded = await loadSimilarClaims(workspace.id, workspace.slug, [...ids.map((hit) => hit.id), ...related]);
  const byId = new Map(loaded.map((item) => [item.id, item]));
  return {
    linked: claim.relatedClaimId ? (byId.get(claim.relatedClaimId) ?? null) : null,
    similar: ids.flatMap((hit) => {
      const item = byId.get(hit.id);
      return item && hit.id !== claim.relatedClaimId ? [{ ...item, score: hit.score }] : [];
    }),
  };
}

/**
 * Candidates come from the trigram indexes (`%`, pg_trgm's default 0.3) on the quote and the
 * wording; the score is the best trigram similarity, nudged by full-text rank over any of the
 * input's words so that rewordings sharing the key terms rank above ones sharing only letters.
 */
export async function similarClaimIds(workspaceId: string, claimId: string, quote: string, wording: string | null) {
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
