import type { ClaimProgress } from "./types";

/** The SQL aggregate row behind a ClaimProgress (Postgres counts arrive as bigint). */
export interface ProgressRow {
  total: bigint | number | null;
  working: bigint | number | null;
  proposed: bigint | number | null;
  approved: bigint | number | null;
  disputed: bigint | number | null;
  orphaned: bigint | number | null;
}

/** Converts an aggregate row (nulls from SUM over no rows) to numbers. */
export function toClaimProgress(row: ProgressRow | undefined): ClaimProgress {
  const n = (value: bigint | number | null | undefined) => Number(value ?? 0);
  return {
    total: n(row?.total),
    working: n(row?.working),
    proposed: n(row?.proposed),
    approved: n(row?.approved),
    disputed: n(row?.disputed),
    orphaned: n(row?.orphaned),
  };
}
