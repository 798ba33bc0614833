export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

/** Backoff before retry number `attempt` (1-based): 1 s, 2 s, 4 s … capped at 30 s. */
export function nextRetryDelay(attempt: number): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // Capping the exponent first keeps 2 ** exponent finite for very long outages.
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(exponent, 16));
}
