import { z } from "zod";
import { NORMALIZED_TEXT_MAX } from "@/lib/claims/schema";

const id = z.string().min(1).max(100);
const workspaceSlug = z.string().min(1).max(100);

/** Earlier claims like this one; `wording` is the normalized wording as typed (not yet saved). */
export const findSimilarClaimsSchema = z.object({
  workspaceSlug,
  claimId: id,
  wording: z.string().trim().max(NORMALIZED_TEXT_MAX).nullable().optional(),
});

/** Links a claim to an earlier check of the same claim, or unlinks it (`relatedClaimId: null`). */
export const linkClaimSchema = z.object({
  workspaceSlug,
  claimId: id,
  version: z.number().int().min(1),
  relatedClaimId: id.nullable(),
});

export type FindSimilarClaimsInput = z.infer<typeof findSimilarClaimsSchema>;
export type LinkClaimInput = z.infer<typeof linkClaimSchema>;
