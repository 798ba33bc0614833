"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { assignArticle } from "./assign-article";
import { assignClaim } from "./assign-claim";
import { assignArticleSchema, assignClaimSchema } from "./schema";

/** Assigns a claim (CONFLICT when `version` is stale); returns the fresh ClaimDTO. */
export async function assignClaimAction(input: unknown) {
  const user = await requireUser();
  return runAction(assignClaimSchema, input, (data) => assignClaim(user.id, data));
}

/** Assigns an article; returns { articleId, assignee }. */
export async function assignArticleAction(input: unknown) {
  const user = await requireUser();
  return runAction(assignArticleSchema, input, (data) => assignArticle(user.id, data));
}
