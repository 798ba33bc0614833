import "server-only";
import { createClaim } from "@/lib/claims/create-claim";
import { requireWorkspace } from "@/lib/claims/require-workspace";
import type { ClaimDTO } from "@/lib/claims/types";
import { STALE_SELECTION } from "@/lib/claims/validate-anchor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { decideSuggestion } from "./decide-suggestion";
import type { SuggestionRefInput } from "./schema";

export const SUGGESTION_STALE = "This suggestion no longer matches the article text. Press Suggest claims to refresh the suggestions.";

/**
 * Accepts a suggestion: its sentence becomes a claim exactly as if the checker had selected it
 * and pressed Mark as claim (createClaim checks it against the current text). The suggestion is
 * reserved first, and released again if the claim cannot be made.
 */
export async function acceptSuggestion(userId: string, input: SuggestionRefInput): Promise<{ suggestionId: string; claim: ClaimDTO }> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const suggestion = await decideSuggestion(workspace.id, input.suggestionId, "accepted", userId);
  let claim: ClaimDTO;
  try {
    claim = await createClaim(userId, {
      workspaceSlug: input.workspaceSlug,
      articleId: suggestion.articleId,
      anchor: { exact: suggestion.exact, prefix: suggestion.prefix, suffix: suggestion.suffix, start: suggestion.start, end: suggestion.end },
    });
  } catch (error) {
    await db.claimSuggestion.update({ where: { id: suggestion.id }, data: { status: "pending", decidedById: null, decidedAt: null } });
    if (error instanceof AppError && error.message === STALE_SELECTION) throw new AppError("CONFLICT", SUGGESTION_STALE);
    throw error;
  }
  await db.claimSuggestion.update({ where: { id: suggestion.id }, data: { claimId: claim.id } });
  return { suggestionId: suggestion.id, claim };
}
