"use server";

import { headers } from "next/headers";
import { consumeSignUpAttempt } from "@/lib/rate-limit/auth-limits";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";
import { requestAddress } from "@/lib/rate-limit/request-address";
import { AppError } from "@/lib/server/app-error";
import { runAction, runUserAction } from "@/lib/server/run-action";
import { createUser } from "@/lib/users/create-user";
import { changePassword } from "./change-password";
import { changePasswordSchema, signUpSchema } from "./schema";

/** Creates an account and its personal workspace (rate limited per email and per address); the form then signs in. */
export async function signUpAction(input: unknown) {
  return runAction(signUpSchema, input, async (data) => {
    try {
      await consumeSignUpAttempt(data.email, requestAddress(await headers()));
    } catch (error) {
      if (error instanceof RateLimitedError) throw new AppError("RATE_LIMITED", error.message);
      throw error;
    }
    const { workspace } = await createUser(data);
    return { workspaceSlug: workspace.slug };
  });
}

/** The signed-in user changes their password; every session, this one included, ends. */
export async function changePasswordAction(input: unknown) {
  return runUserAction(changePasswordSchema, input, (user, data) => changePassword(user.id, data));
}
