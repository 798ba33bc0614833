import { TOO_MANY_ATTEMPTS } from "@/lib/rate-limit/rate-limited-error";

/** Shown when sign-in fails for a reason other than the credentials; safe to show. */
export const SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a moment.";

/** The sign-in errors whose text the form may show as is (next-auth passes them in `error`). */
export function isShowableSignInError(error: string): boolean {
  return error === SIGN_IN_UNAVAILABLE || TOO_MANY_ATTEMPTS.test(error);
}
