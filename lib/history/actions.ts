"use server";

import { runUserAction } from "@/lib/server/run-action";
import { getClaimHistory } from "./queries";
import { claimHistorySchema } from "./schema";

/** A claim's history, oldest first; returns ClaimHistoryEntry[]. */
export async function getClaimHistoryAction(input: unknown) {
  return runUserAction(claimHistorySchema, input, (user, data) => getClaimHistory(user.id, data));
}
