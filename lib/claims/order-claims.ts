/** The database order that comes first: by position in the text, then by age. */
export const CLAIM_POSITION_ORDER = [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }] as const;

/**
 * Claims as every view lists them: anchored ones in document order (as `rows` arrive, sorted by
 * CLAIM_POSITION_ORDER), then orphans, oldest first, since their old position means nothing.
 */
export function orderClaims<T extends { anchorStatus: "anchored" | "orphaned"; createdAt: Date }>(rows: T[]): T[] {
  const anchored = rows.filter((row) => row.anchorStatus === "anchored");
  const orphans = rows.filter((row) => row.anchorStatus === "orphaned").sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return [...anchored, ...orphans];
}
