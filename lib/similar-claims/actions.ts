"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { findSimilarClaims } from "./find-similar-claims";
import { linkClaim } from "./link-claim";
import { findSimilarClaimsSchema, linkClaimSchema } from "./schema";

/** Earlier claims that say nearly the same thing, and the linked one; returns a SimilarClaimsView. */
export async function findSimilarClaimsAction(input: unknown) {
  const user = await requireUser();
  return runAction(findSimilarClaimsSchema, input, (data) => findSimilarClaims(user.id, data));
}

/** Links a claim to an earlier check (or unlinks it with null); returns the fresh ClaimDTO. */
export async function linkClaimAction(input: unknown) {
  const user = await requireUser();
  return runAction(linkClaimSchema, input, (data) => linkClaim(user.id, data));
}
