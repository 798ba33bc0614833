import type { ClaimActions } from "@/components/claim-panel/claim-actions";
import {
  addSourceAction,
  deleteClaimAction,
  removeSourceAction,
  reorderSourcesAction,
  restoreClaimAction,
  updateClaimAction,
  updateSourceAction,
} from "@/lib/claims/actions";
import type { ClaimDTO } from "@/lib/claims/types";
import type { ActionResult } from "@/lib/server/action-result";

type ClaimResult = Promise<ActionResult<ClaimDTO>>;

/** The real server actions behind the claim panel's ClaimActions interface. */
export const claimActions: ClaimActions = {
  update: (input) => updateClaimAction(input) as ClaimResult,
  remove: (input) => deleteClaimAction(input) as Promise<ActionResult<{ claimId: string }>>,
  restore: (input) => restoreClaimAction(input) as ClaimResult,
  addSource: (input) => addSourceAction(input) as ClaimResult,
  updateSource: (input) => updateSourceAction(input) as ClaimResult,
  removeSource: (input) => removeSourceAction(input) as ClaimResult,
  reorderSources: (input) => reorderSourcesAction(input) as ClaimResult,
};
