import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { requireMember } from "@/lib/workspaces/require-member";
import { overlaps } from "./plan-suggestions";
import type { SuggestionReason } from "./reasons";
import type { ArticleSuggestionsInput } from "./schema";
import type { SuggestionDTO } from "./types";

/** An article's pending suggestions in document order, minus sentences claimed since they were made. */
export async function listSuggestions(userId: string, input: ArticleSuggestionsInput): Promise<SuggestionDTO[]> {
  const workspace = await requireMember(userId, input.workspaceSlug);
  const article = await db.article.findFirst({ where: { id: input.articleId, workspaceId: workspace.id }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist.");
  return loadPendingSuggestions(workspace.id, article.id);
}

/** Pending suggestions of an article (access already checked by the caller). */
export async function loadPendingSuggestions(workspaceId: string, articleId: string): Promise<SuggestionDTO[]> {
  const [suggestions, claims] = await Promise.all([
    db.claimSuggestion.findMany({
      where: { workspaceId, articleId, status: "pending" },
      orderBy: [{ start: "asc" }, { end: "asc" }],
      select: { id: true, start: true, end: true, exact: true, score: true, reasons: true },
    }),
    db.claim.findMany({ where: { articleId, deletedAt: null, anchorStatus: "anchored" }, select: { start: true, end: true } }),
  ]);
  return suggestions
    .filter((suggestion) => !claims.some((claim) => overlaps(claim, suggestion)))
    .map((suggestion) => ({ ...suggestion, reasons: suggestion.reasons as SuggestionReason[] }));
}
