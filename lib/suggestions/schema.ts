import { z } from "zod";

const id = z.string().min(1).max(100);
const workspaceSlug = z.string().min(1).max(100);

/** The suggestions of one article: list them, or run the suggester again ("Suggest claims"). */
export const articleSuggestionsSchema = z.object({ workspaceSlug, articleId: id });
/** One suggestion to accept (it becomes a claim) or dismiss. */
export const suggestionRefSchema = z.object({ workspaceSlug, suggestionId: id });

export type ArticleSuggestionsInput = z.infer<typeof articleSuggestionsSchema>;
export type SuggestionRefInput = z.infer<typeof suggestionRefSchema>;
