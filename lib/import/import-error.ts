import { AppError } from "@/lib/server/app-error";

export type ImportFailure =
  | "INVALID_URL"
  | "ADDRESS_NOT_ALLOWED"
  | "UNREACHABLE"
  | "TIMED_OUT"
  | "TOO_MANY_REDIRECTS"
  | "NOT_HTML"
  | "TOO_LARGE"
  | "NO_ARTICLE"
  | "UNSUPPORTED_FILE"
  | "UNREADABLE_FILE";

const STATUS: Partial<Record<ImportFailure, number>> = { TOO_LARGE: 413, UNSUPPORTED_FILE: 415 };

/**
 * An import that failed for a reason the user can act on. It is an AppError (INVALID_INPUT),
 * so the action wrapper shows its message; `reason` tells the failures apart.
 */
export class ImportError extends AppError {
  constructor(
    readonly reason: ImportFailure,
    message: string,
  ) {
    super("INVALID_INPUT", message);
    this.name = "ImportError";
  }

  override get status() {
    return STATUS[this.reason] ?? 422;
  }
}
