import type { AppErrorCode } from "./app-error";

/** What every server action returns: data, or a message and per-field messages for the form. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: AppErrorCode; fieldErrors?: Record<string, string[] | undefined> };
