// What crosses to the browser for a claim's history. Payloads are the stored JSON as is: the
// timeline reads the fields it knows and renders the rest generically.

/** One recorded change of a claim, oldest first in a history. */
export interface ClaimHistoryEntry {
  id: string;
  /** A ClaimEventKind, or a kind added later that the timeline may not know yet. */
  kind: string;
  actor: { id: string; name: string };
  /** ISO timestamp. */
  createdAt: string;
  before: unknown;
  after: unknown;
  /** For "comment" events: the comment as it is now (null once its author deleted it). */
  comment?: { excerpt: string | null };
}

/** A claim's anchor as recorded by "created", "reattached" and "reanchored" events. */
export interface AnchorSnapshot {
  exact: string;
  start: number;
  end: number;
  anchorStatus: "anchored" | "orphaned";
}
