import "server-only";
import { db } from "@/lib/db";
import { storeSuggestions } from "./store-suggestions";

/** storeSuggestions through the app's client: the on-demand "Suggest claims" and the flows below. */
export async function refreshSuggestions(workspaceId: string, articleId: string): Promise<number> {
  return storeSuggestions(db, workspaceId, articleId);
}

/**
 * refreshSuggestions for the import and edit flows: suggesting is a help, so a failure is
 * logged and never fails the import or the edit that triggered it.
 */
export async function refreshSuggestionsQuietly(workspaceId: string, articleId: string): Promise<void> {
  try {
    await refreshSuggestions(workspaceId, articleId);
  } catch (error) {
    console.error("[suggestions] could not suggest claims for article", articleId, error);
  }
}
