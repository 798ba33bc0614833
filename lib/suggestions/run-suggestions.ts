import "server-only";
import { db } from "@/lib/db";
import { requireWorkspace } from "@/lib/claims/require-workspace";
import { AppError } from "@/lib/server/app-error";
import { loadPendingSuggestions } from "./queries";
import { refreshSuggestions } from "./refresh-suggestions";
import type { ArticleSuggestionsInput } from "./schema";
import type { SuggestionDTO } from "./types";

/** "Suggest claims": runs the suggester again on the article (dismissals are kept). */
export async function runSuggestions(userId: string, input: ArticleSuggestionsInput): Promise<SuggestionDTO[]> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const article = await db.article.findFirst({ where: { id: input.articleId, workspaceId: workspace.id }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist.");
  await refreshSuggestions(workspace.id, article.id);
  return loadPendingSuggestions(workspace.id, article.id);
}
