/** How long a dashboard response stays current even when no data changed (ms). */
const FRESH_MS = 60_000;

/**
 * The dashboard's ETag: its data version plus the current minute. The minute is there because
 * some figures move with the clock alone (how long a claim has waited, which claims are overdue),
 * so an open dashboard refreshes them at least once a minute without any teammate's change.
 */
export function dashboardEtag(version: string, now: number = Date.now()): string {
  return `"${version}.${Math.floor(now / FRESH_MS).toString(36)}"`;
}
