"use server";

import { runUserAction } from "@/lib/server/run-action";
import { findSimilarClaims } from "./find-similar-claims";
import { linkClaim } from "./link-claim";
import { findSimilarClaimsSchema, linkClaimSchema } from "./schema";

// runUserAction checks the session inside the wrapper: a database outage is answered with the
// retryable UNAVAILABLE, not a thrown error.

/** Earlier claims that say nearly the same thing, and the linked one; returns a SimilarClaimsView. */
export async function findSimilarClaimsAction(input: unknown) {
  return runUserAction(findSimilarClaimsSchema, input, (user, data) => findSimilarClaims(user.id, data));
}

/** Links a claim to an earlier check (or unlinks it with null); returns the fresh ClaimDTO. */
export async function linkClaimAction(input: unknown) {
  return runUserAction(linkClaimSchema, input, (user, data) => linkClaim(user.id, data));
}
