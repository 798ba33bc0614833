import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { requireMember } from "@/lib/workspaces/require-member";
import { loadSimilarClaims } from "./load-similar-claims";
import type { FindSimilarClaimsInput } from "./schema";
import { similarClaimIds } from "./similar-claim-ids";
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
  const ids = await similarClaimIds(db, workspace.id, claim.id, claim.exact, wording);
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
