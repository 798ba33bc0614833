import "server-only";
import { db } from "@/lib/db";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/server/app-error";

export const SUGGESTION_GONE = "This suggestion no longer exists: the article text changed since it was made. Reload the page to see the current suggestions.";
const ALREADY: Record<Exclude<SuggestionStatus, "pending">, string> = {
  accepted: "This suggestion was already accepted: it is a claim now.",
  dismissed: "This suggestion was already dismissed.",
};

/**
 * Moves a pending suggestion of the workspace to `status`, checked and written in one
 * statement so two people deciding at once cannot both win. Returns the suggestion.
 */
export async function decideSuggestion(workspaceId: string, suggestionId: string, status: "accepted" | "dismissed", userId: string) {
  const { count } = await db.claimSuggestion.updateMany({
    where: { id: suggestionId, workspaceId, status: "pending" },
    data: { status, decidedById: userId, decidedAt: new Date() },
  });
  const suggestion = await db.claimSuggestion.findFirst({ where: { id: suggestionId, workspaceId } });
  if (!suggestion) throw new AppError("NOT_FOUND", SUGGESTION_GONE);
  if (count === 0) throw new AppError("CONFLICT", ALREADY[suggestion.status as Exclude<SuggestionStatus, "pending">] ?? SUGGESTION_GONE);
  return suggestion;
}
