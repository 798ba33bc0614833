"use server";

import { runUserAction } from "@/lib/server/run-action";
import { addSource } from "./add-source";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { getClaim } from "./queries";
import { reattachClaim } from "./reattach-claim";
import { removeSource } from "./remove-source";
import { reorderSources } from "./reorder-sources";
import { restoreClaim } from "./restore-claim";
import {
  addSourceSchema,
  claimRefSchema,
  createClaimSchema,
  reattachClaimSchema,
  removeSourceSchema,
  reorderSourcesSchema,
  updateArticleSchema,
  updateClaimSchema,
  updateSourceSchema,
} from "./schema";
import { updateArticle } from "./update-article";
import { updateClaim } from "./update-claim";
import { updateSource } from "./update-source";

// runUserAction checks the session inside the wrapper, so a database outage is answered with the
// retryable UNAVAILABLE that the claim panel's save queue retries.
// No revalidatePath: every page that shows claims is rendered per request, and each action
// returns the fresh data for the annotation UI to show without a refresh.

/** The latest version of one claim (after a CONFLICT, say); returns its ClaimDTO. */
export async function getClaimAction(input: unknown) {
  return runUserAction(claimRefSchema, input, (user, data) => getClaim(user.id, data));
}

/** Highlights a new claim on the selected text; returns its ClaimDTO. */
export async function createClaimAction(input: unknown) {
  return runUserAction(createClaimSchema, input, (user, data) => createClaim(user.id, data));
}

/** Edits a claim (CONFLICT when `version` is stale); returns the fresh ClaimDTO. */
export async function updateClaimAction(input: unknown) {
  return runUserAction(updateClaimSchema, input, (user, data) => updateClaim(user.id, data));
}

/** Soft-deletes a claim; returns { claimId } for an undo through restoreClaimAction. */
export async function deleteClaimAction(input: unknown) {
  return runUserAction(claimRefSchema, input, (user, data) => deleteClaim(user.id, data));
}

/** Undoes a claim's deletion; returns the fresh ClaimDTO. */
export async function restoreClaimAction(input: unknown) {
  return runUserAction(claimRefSchema, input, (user, data) => restoreClaim(user.id, data));
}

/** Anchors a claim (an orphan, typically) on newly selected text; returns the fresh ClaimDTO. */
export async function reattachClaimAction(input: unknown) {
  return runUserAction(reattachClaimSchema, input, (user, data) => reattachClaim(user.id, data));
}

/** Adds a source to a claim; returns the fresh ClaimDTO. */
export async function addSourceAction(input: unknown) {
  return runUserAction(addSourceSchema, input, (user, data) => addSource(user.id, data));
}

/** Edits a claim's source; returns the fresh ClaimDTO. */
export async function updateSourceAction(input: unknown) {
  return runUserAction(updateSourceSchema, input, (user, data) => updateSource(user.id, data));
}

/** Removes a claim's source; returns the fresh ClaimDTO. */
export async function removeSourceAction(input: unknown) {
  return runUserAction(removeSourceSchema, input, (user, data) => removeSource(user.id, data));
}

/** Reorders a claim's sources; returns the fresh ClaimDTO. */
export async function reorderSourcesAction(input: unknown) {
  return runUserAction(reorderSourcesSchema, input, (user, data) => reorderSources(user.id, data));
}

/** Edits the article (re-anchoring its claims when the text changes); returns the fresh ArticleAnnotationView. */
export async function updateArticleAction(input: unknown) {
  return runUserAction(updateArticleSchema, input, (user, data) => updateArticle(user.id, data));
}
