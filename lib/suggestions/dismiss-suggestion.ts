import "server-only";
import { requireWorkspace } from "@/lib/claims/require-workspace";
import { decideSuggestion } from "./decide-suggestion";
import type { SuggestionRefInput } from "./schema";

/** Dismisses a suggestion; re-running the suggester will not bring the sentence back. */
export async function dismissSuggestion(userId: string, input: SuggestionRefInput): Promise<{ suggestionId: string }> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  await decideSuggestion(workspace.id, input.suggestionId, "dismissed", userId);
  return { suggestionId: input.suggestionId };
}
