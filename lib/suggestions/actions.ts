"use server";

import { runUserAction } from "@/lib/server/run-action";
import { acceptSuggestion } from "./accept-suggestion";
import { dismissSuggestion } from "./dismiss-suggestion";
import { listSuggestions } from "./queries";
import { runSuggestions } from "./run-suggestions";
import { articleSuggestionsSchema, suggestionRefSchema } from "./schema";

/** The article's pending claim suggestions (SuggestionDTO[]), in document order. */
export async function listSuggestionsAction(input: unknown) {
  return runUserAction(articleSuggestionsSchema, input, (user, data) => listSuggestions(user.id, data));
}

/** "Suggest claims": runs the suggester again and returns the pending suggestions. */
export async function runSuggestionsAction(input: unknown) {
  return runUserAction(articleSuggestionsSchema, input, (user, data) => runSuggestions(user.id, data));
}

/** Turns a suggestion into a claim; returns { suggestionId, claim: ClaimDTO }. */
export async function acceptSuggestionAction(input: unknown) {
  return runUserAction(suggestionRefSchema, input, (user, data) => acceptSuggestion(user.id, data));
}

/** Dismisses a suggestion for good; returns { suggestionId }. */
export async function dismissSuggestionAction(input: unknown) {
  return runUserAction(suggestionRefSchema, input, (user, data) => dismissSuggestion(user.id, data));
}
