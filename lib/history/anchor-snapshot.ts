import type { AnchorSnapshot } from "./types";

/** The part of a claim's anchor its history records (the quote and where it sits). */
export function anchorSnapshot(claim: { exact: string; start: number; end: number; anchorStatus: string }): AnchorSnapshot {
  return { exact: claim.exact, start: claim.start, end: claim.end, anchorStatus: claim.anchorStatus === "orphaned" ? "orphaned" : "anchored" };
}
