"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClaimDTO } from "@/lib/claims/types";
import { getClaimReviewAction } from "@/lib/review/actions";
import type { ClaimReviewView } from "@/lib/review/types";
import type { ActionResult } from "@/lib/server/action-result";
import type { ClaimResult } from "./claim-run";
import type { ReviewProps } from "./review-props";

/**
 * The claim's review data, fetched on mount and after every new version, and `send` to run a
 * review change through the panel's queue (or directly), reporting failures as a message.
 */
export function useClaimReview({ claim, workspaceSlug, run, onClaimChange, onConflict }: ReviewProps) {
  const [view, setView] = useState<ClaimReviewView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claimId = claim.id;

  useEffect(() => {
    let current = true;
    void (getClaimReviewAction({ workspaceSlug, claimId }) as Promise<ActionResult<ClaimReviewView>>).then((result) => {
      if (current && result.ok) setView(result.data);
    });
    return () => {
      current = false;
    };
  }, [workspaceSlug, claimId, claim.version]);

  const send = useCallback(
    async (operation: (latest: ClaimDTO) => Promise<ClaimResult>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      let result: ClaimResult;
      if (run) result = await run(operation);
      else {
        result = await operation(claim);
        if (result.ok) onClaimChange(result.data);
        else if (result.code === "CONFLICT") onConflict?.(claim.id);
      }
      setBusy(false);
      if (result.ok) return true;
      const detail = result.fieldErrors ? Object.values(result.fieldErrors).flat().filter(Boolean).join(" ") : "";
      setError(result.code === "CONFLICT" ? `${result.error} Check it and try again.` : detail || result.error);
      return false;
    },
    [run, claim, onClaimChange, onConflict],
  );

  return { view, error, busy, send, setError };
}
