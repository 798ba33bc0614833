import "server-only";
import { db } from "@/lib/db";
import { consumeSignInAttempt, recordSignInSuccess } from "@/lib/rate-limit/auth-limits";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";
import { requestAddress } from "@/lib/rate-limit/request-address";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { SIGN_IN_UNAVAILABLE } from "./sign-in-messages";

type RequestHeaders = Record<string, string | string[] | undefined>;

/**
 * The credentials check behind next-auth's sign-in: rate limited per account and per address
 * before the password is looked at. Errors it throws reach the browser as their message, so
 * only safe ones leave (a spent limit, or a generic "unavailable").
 */
export async function authorizeCredentials(raw: unknown, headers: RequestHeaders = {}) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = requestAddress(headers);
  try {
    await consumeSignInAttempt(email, address);
    const user = await db.user.findUnique({ where: { email } });
    // verifyPassword runs even for unknown emails so timing does not reveal which exist.
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) return null;
    await recordSignInSuccess(email, address);
    return { id: user.id, email: user.email, name: user.name };
  } catch (error) {
    if (error instanceof RateLimitedError) throw error;
    console.error("[auth] sign-in failed", error);
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}
