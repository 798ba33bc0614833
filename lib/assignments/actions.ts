"use server";

import { runUserAction } from "@/lib/server/run-action";
import { assignArticle } from "./assign-article";
import { assignClaim } from "./assign-claim";
import { assignArticleSchema, assignClaimSchema } from "./schema";

/** Assigns a claim (CONFLICT when `version` is stale); returns the fresh ClaimDTO. */
export async function assignClaimAction(input: unknown) {
  return runUserAction(assignClaimSchema, input, (user, data) => assignClaim(user.id, data));
}

/** Assigns an article; returns { articleId, assignee }. */
export async function assignArticleAction(input: unknown) {
  return runUserAction(assignArticleSchema, input, (user, data) => assignArticle(user.id, data));
}
