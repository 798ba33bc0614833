"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { getClaimHistory } from "./queries";
import { claimHistorySchema } from "./schema";

/** A claim's history, oldest first; returns ClaimHistoryEntry[]. */
export async function getClaimHistoryAction(input: unknown) {
  const user = await requireUser();
  return runAction(claimHistorySchema, input, (data) => getClaimHistory(user.id, data));
}
