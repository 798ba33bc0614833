"use client";

import { startTransition, useCallback, useRef, useState } from "react";
import { getClaimAction } from "@/lib/claims/actions";
import type { ClaimDTO } from "@/lib/claims/types";

export interface ClaimDetails {
  /** Full claims loaded so far, by id (only the newest version of each is kept). */
  details: ReadonlyMap<string, ClaimDTO>;
  /** Why loading a claim failed, by id, until it is loaded again. */
  errors: ReadonlyMap<string, string>;
  /** Loads a claim unless it is loaded (at `minVersion` or newer) or on its way. */
  load(claimId: string, minVersion?: number): void;
  /** Keeps a claim the server just returned (a save, a new claim, a refetch). */
  put(claim: ClaimDTO): void;
}

/**
 * The article page gets only claim summaries; a claim's details (rationale, sources, review…)
 * are fetched when it is opened, or a moment earlier when the pointer rests on it.
 */
export function useClaimDetails(workspaceSlug: string, initial: ClaimDTO | null): ClaimDetails {
  const [details, setDetails] = useState<ReadonlyMap<string, ClaimDTO>>(() => new Map(initial ? [[initial.id, initial]] : []));
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Read inside callbacks so they stay stable while details arrive.
  const loaded = useRef(details);
  loaded.current = details;
  const inFlight = useRef(new Set<string>());

  const put = useCallback((claim: ClaimDTO) => {
    setDetails((current) => {
      const known = current.get(claim.id);
      if (known && known.version > claim.version) return current;
      return new Map(current).set(claim.id, claim);
    });
  }, []);

  const load = useCallback(
    (claimId: string, minVersion = 0) => {
      const known = loaded.current.get(claimId);
      if ((known && known.version >= minVersion) || inFlight.current.has(claimId)) return;
      inFlight.current.add(claimId);
      setErrors((current) => (current.has(claimId) ? withoutKey(current, claimId) : current));
      getClaimAction({ workspaceSlug, claimId })
        .then((result) => {
          // A transition: rendering the details yields to the browser, so a panel just switched to
          // this claim paints its quote and verdict first even when the answer comes quickly.
          if (result.ok) startTransition(() => put(result.data));
          else setErrors((current) => new Map(current).set(claimId, result.error));
        })
        .catch(() => setErrors((current) => new Map(current).set(claimId, "Couldn't reach the server.")))
        .finally(() => inFlight.current.delete(claimId));
    },
    [workspaceSlug, put],
  );

  return { details, errors, load, put };
}

function withoutKey<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  const copy = new Map(map);
  copy.delete(key);
  return copy;
}
