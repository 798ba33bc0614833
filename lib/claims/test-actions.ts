// For tests: every claim mutation behind runAction, as the server actions call them but with
// the acting user passed in (there is no session under vitest).
import type { z } from "zod";
import { runAction } from "@/lib/server/run-action";
import { addSource } from "./add-source";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { reattachClaim } from "./reattach-claim";
import { removeSource } from "./remove-source";
import { reorderSources } from "./reorder-sources";
import { restoreClaim } from "./restore-claim";
import * as schemas from "./schema";
import { updateArticle } from "./update-article";
import { updateClaim } from "./update-claim";
import { updateSource } from "./update-source";

const bind =
  <Schema extends z.ZodType, T>(schema: Schema, mutation: (userId: string, data: z.infer<Schema>) => Promise<T>) =>
  (userId: string, input: unknown) =>
    runAction(schema, input, (data) => mutation(userId, data));

export const act = {
  createClaim: bind(schemas.createClaimSchema, createClaim),
  updateClaim: bind(schemas.updateClaimSchema, updateClaim),
  deleteClaim: bind(schemas.claimRefSchema, deleteClaim),
  restoreClaim: bind(schemas.claimRefSchema, restoreClaim),
  reattachClaim: bind(schemas.reattachClaimSchema, reattachClaim),
  addSource: bind(schemas.addSourceSchema, addSource),
  updateSource: bind(schemas.updateSourceSchema, updateSource),
  removeSource: bind(schemas.removeSourceSchema, removeSource),
  reorderSources: bind(schemas.reorderSourcesSchema, reorderSources),
  updateArticle: bind(schemas.updateArticleSchema, updateArticle),
};

/** The data of a successful result; fails the test with the error otherwise. */
export function unwrap<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error}`);
  return result.data;
}
