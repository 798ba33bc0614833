"use server";

import { runUserAction } from "@/lib/server/run-action";
import { approveClaim } from "./approve-claim";
import { getClaimReview } from "./queries";
import { requestChanges } from "./request-changes";
import { resolveDispute } from "./resolve-dispute";
import { approveClaimSchema, claimReviewRefSchema, requestChangesSchema, resolveDisputeSchema, submitForReviewSchema } from "./schema";
import { submitForReview } from "./submit-for-review";

/** A claim's reviews and approval count; returns a ClaimReviewView. */
export async function getClaimReviewAction(input: unknown) {
  return runUserAction(claimReviewRefSchema, input, (user, data) => getClaimReview(user.id, data));
}

/** Submits a claim's verdict for review (CONFLICT when `version` is stale); returns the fresh ClaimDTO. */
export async function submitForReviewAction(input: unknown) {
  return runUserAction(submitForReviewSchema, input, (user, data) => submitForReview(user.id, data));
}

/** Approves a submitted claim, optionally with the reviewer's own verdict; returns the fresh ClaimDTO. */
export async function approveClaimAction(input: unknown) {
  return runUserAction(approveClaimSchema, input, (user, data) => approveClaim(user.id, data));
}

/** Sends a submitted claim back with a required comment; returns the fresh ClaimDTO. */
export async function requestChangesAction(input: unknown) {
  return runUserAction(requestChangesSchema, input, (user, data) => requestChanges(user.id, data));
}

/** Settles a disputed verdict; returns the fresh ClaimDTO. */
export async function resolveDisputeAction(input: unknown) {
  return runUserAction(resolveDisputeSchema, input, (user, data) => resolveDispute(user.id, data));
}
