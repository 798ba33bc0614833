import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordClaimEvent } from "./record-claim-event";
import type { AnchorSnapshot } from "./types";

/** A claim whose anchor a text change moved, or whose quote it lost (after.anchorStatus "orphaned"). */
export interface ReanchorChange {
  claimId: string;
  workspaceId: string;
  before: AnchorSnapshot;
  after: AnchorSnapshot;
}

/** Records one "reanchored" event per claim a text edit moved or orphaned, as the editor's doing. */
export async function recordReanchors(tx: Prisma.TransactionClient, actorId: string, changes: ReanchorChange[]) {
  for (const change of changes) {
    await recordClaimEvent(tx, {
      claimId: change.claimId,
      workspaceId: change.workspaceId,
      actorId,
      kind: "reanchored",
      before: { ...change.before },
      after: { ...change.after },
    });
  }
}
