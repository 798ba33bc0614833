"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { createArticle } from "./create-article";
import { createArticleSchema } from "./schema";

/** Creates an article from the new-article form. */
export async function createArticleAction(input: unknown) {
  const user = await requireUser();
  return runAction(createArticleSchema, input, async (data) => {
    const created = await createArticle(user.id, data);
    revalidatePath(`/w/${created.workspaceSlug}`);
    return created;
  });
}
