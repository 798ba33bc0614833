// For tests: the review and assignment mutations behind runAction, as the server actions call
// them but with the acting user passed in (there is no session under vitest).
import type { z } from "zod";
import { assignArticle } from "@/lib/assignments/assign-article";
import { assignClaim } from "@/lib/assignments/assign-claim";
import { assignArticleSchema, assignClaimSchema } from "@/lib/assignments/schema";
import { runAction } from "@/lib/server/run-action";
import { approveClaim } from "./approve-claim";
import { getClaimReview } from "./queries";
import { requestChanges } from "./request-changes";
import { resolveDispute } from "./resolve-dispute";
import * as schemas from "./schema";
import { submitForReview } from "./submit-for-review";

const bind =
  <Schema extends z.ZodType, T>(schema: Schema, mutation: (userId: string, data: z.infer<Schema>) => Promise<T>) =>
  (userId: string, input: unknown) =>
    runAction(schema, input, (data) => mutation(userId, data));

export const review = {
  get: bind(schemas.claimReviewRefSchema, getClaimReview),
  submit: bind(schemas.submitForReviewSchema, submitForReview),
  approve: bind(schemas.approveClaimSchema, approveClaim),
  requestChanges: bind(schemas.requestChangesSchema, requestChanges),
  resolve: bind(schemas.resolveDisputeSchema, resolveDispute),
  assignClaim: bind(assignClaimSchema, assignClaim),
  assignArticle: bind(assignArticleSchema, assignArticle),
};
