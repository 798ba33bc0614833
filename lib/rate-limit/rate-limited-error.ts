export type LimitedAction = "sign-in" | "sign-up";

/** "Too many sign-in attempts. Try again in 12 minutes." Shared by the server and the forms. */
export function tooManyAttemptsMessage(action: LimitedAction, retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many ${action} attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** Matches the messages above, so a form can tell them from other failures. */
export const TOO_MANY_ATTEMPTS = /^Too many sign-(in|up) attempts\. Try again in \d+ minutes?\.$/;

/** A spent rate limit; its message is safe to show. */
export class RateLimitedError extends Error {
  constructor(
    readonly action: LimitedAction,
    readonly retryAfterMs: number,
  ) {
    super(tooManyAttemptsMessage(action, retryAfterMs));
    this.name = "RateLimitedError";
  }
}
