import { NextResponse } from "next/server";
import { isDatabaseUnavailable } from "@/lib/database/is-database-unavailable";

export const UNAVAILABLE_MESSAGE = "The database is not reachable for a moment. Nothing was saved this time; please try again in a few seconds.";

/** Seconds a client should wait before retrying (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 2;

/** The 503 a route handler answers while the database is unreachable, or null for any other error. */
export function unavailableResponse(error: unknown): NextResponse | null {
  if (!isDatabaseUnavailable(error)) return null;
  return NextResponse.json(
    { error: UNAVAILABLE_MESSAGE, code: "UNAVAILABLE" },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

/**
 * Wraps a route handler so that a database outage anywhere in it (the session check included)
 * is answered 503 + Retry-After instead of 500; other errors pass through unchanged.
 */
export function withRetryableErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const unavailable = unavailableResponse(error);
      if (unavailable) return unavailable;
      throw error;
    }
  };
}
