"use server";

import { runAction } from "@/lib/server/run-action";
import { createUser } from "@/lib/users/create-user";
import { signUpSchema } from "./schema";

/** Creates an account and its personal workspace; the form then signs in with next-auth. */
export async function signUpAction(input: unknown) {
  return runAction(signUpSchema, input, async (data) => {
    const { workspace } = await createUser(data);
    return { workspaceSlug: workspace.slug };
  });
}
