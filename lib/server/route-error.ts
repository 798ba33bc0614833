import { NextResponse } from "next/server";
import { AppError } from "./app-error";
import { unavailableResponse } from "./unavailable";

const GENERIC_ROUTE_ERROR = "Something went wrong on our side. Please try again.";

/**
 * The answer to an error a route handler caught: an AppError keeps its status and message, a
 * database outage becomes the retryable 503, and anything else is logged (under `where`) and
 * reaches the client only as a generic 500, so internals never leak.
 */
export function routeErrorResponse(error: unknown, where: string, headers?: HeadersInit): Response {
  if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: error.status, headers });
  const unavailable = unavailableResponse(error);
  if (unavailable) return unavailable;
  console.error(`[${where}] unexpected error`, error);
  return NextResponse.json({ error: GENERIC_ROUTE_ERROR }, { status: 500, headers });
}
