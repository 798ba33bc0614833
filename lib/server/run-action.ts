import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireSessionUser, type CurrentUser, type SessionUser } from "@/lib/auth/current-user";
import { isDatabaseUnavailable } from "@/lib/database/is-database-unavailable";
import { withPrefetchedMembership } from "@/lib/workspaces/prefetched-membership";
import type { ActionResult } from "./action-result";
import { AppError } from "./app-error";
import { findNulCharacter, NUL_MESSAGE } from "./find-nul-character";
import { UNAVAILABLE_MESSAGE } from "./unavailable";

const GENERIC_ERROR = "Something went wrong on our side. Nothing was saved; please try again.";

/**
 * The one server-action wrapper: parses input with zod, runs the handler, and turns every
 * failure into an ActionResult. Unknown errors are logged and reach the client only generically.
 */
export async function runAction<Schema extends z.ZodType, T>(
  schema: Schema,
  input: unknown,
  handler: (data: z.infer<Schema>) => Promise<T>,
): Promise<ActionResult<T>> {
  // Postgres refuses text holding NUL; answer that as bad input rather than as a database failure.
  const nulAt = findNulCharacter(input);
  if (nulAt !== null) return { ok: false, error: NUL_MESSAGE, code: "INVALID_INPUT", fieldErrors: { [nulAt]: [NUL_MESSAGE] } };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, error: "Please correct the highlighted fields.", code: "INVALID_INPUT", fieldErrors };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    return toFailure(error);
  }
}

/**
 * runAction for signed-in users. The session check (a database read) runs inside the wrapper,
 * so while the database is down the caller gets the retryable UNAVAILABLE, not a thrown 500.
 * Most actions name a workspace: the same read also fetches the user's membership of it, which
 * the handler's own authorization check (findMemberWorkspace) then takes instead of a second
 * round trip. The slug is read from the input before validation, only as a query parameter;
 * the check itself still uses the validated input, and a different slug is read anew.
 */
export async function runUserAction<Schema extends z.ZodType, T>(
  schema: Schema,
  input: unknown,
  handler: (user: CurrentUser, data: z.infer<Schema>) => Promise<T>,
): Promise<ActionResult<T>> {
  const slug = workspaceSlugOf(input);
  let session: SessionUser;
  try {
    session = await requireSessionUser(slug);
  } catch (error) {
    return toFailure(error);
  }
  const { user, membership } = session;
  const run = () => runAction(schema, input, (data) => handler(user, data));
  return slug === null ? run() : withPrefetchedMembership(user.id, slug, membership, run);
}

// Workspace slugs are short; anything else is left to the schema to refuse.
const MAX_PREFETCH_SLUG_LENGTH = 200;

function workspaceSlugOf(input: unknown): string | null {
  const slug = (input as { workspaceSlug?: unknown } | null)?.workspaceSlug;
  if (typeof slug !== "string" || slug.length > MAX_PREFETCH_SLUG_LENGTH || slug.includes("\u0000")) return null;
  return slug;
}

function toFailure(error: unknown): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, error: error.message, code: error.code, fieldErrors: error.fieldErrors };
  if (isNextControlFlow(error)) throw error;
  // Not logged as unexpected: clients retry these (the claim panel's save queue does).
  if (isDatabaseUnavailable(error)) return { ok: false, error: UNAVAILABLE_MESSAGE, code: "UNAVAILABLE" };
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return { ok: false, error: "That already exists." };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, error: GENERIC_ERROR };
}

// redirect() and notFound() work by throwing; they must pass through untouched.
function isNextControlFlow(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR"));
}
