"use server";

import { revalidatePath } from "next/cache";
import { runUserAction } from "@/lib/server/run-action";
import { createArticle } from "./create-article";
import { createArticleSchema } from "./schema";

/** Creates an article from the new-article form. */
export async function createArticleAction(input: unknown) {
  return runUserAction(createArticleSchema, input, async (user, data) => {
    const created = await createArticle(user.id, data);
    revalidatePath(`/w/${created.workspaceSlug}`);
    return created;
  });
}
