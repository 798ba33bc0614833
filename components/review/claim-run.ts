import type { ClaimDTO } from "@/lib/claims/types";
import type { ActionResult } from "@/lib/server/action-result";

export type ClaimResult = ActionResult<ClaimDTO>;
/** Runs one claim change, handed the latest claim so it sends the current version. */
export type ClaimRun = (operation: (latest: ClaimDTO) => Promise<ClaimResult>) => Promise<ClaimResult>;

/**
 * Review and assignment changes go through the panel's save queue: typed edits waiting for
 * their pause are sent first, so a verdict is never submitted without the rationale just typed,
 * and the change then goes out with the version those edits produced.
 */
export function queueRunner(queue: { flush(): void; run(operation: (latest: ClaimDTO) => Promise<ClaimResult>): Promise<ClaimResult> }): ClaimRun {
  return (operation) => {
    queue.flush();
    return queue.run(operation);
  };
}
