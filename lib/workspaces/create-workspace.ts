import "server-only";
import { db } from "@/lib/db";
import { createDefaultRatingScale } from "@/lib/rating-scale/create-default-rating-scale";
import type { CreateWorkspaceInput } from "./schema";
import { slugify } from "./slugify";

/** Creates a team workspace owned by the user, with the default rating scale, all or nothing. */
export async function createWorkspace(userId: string, input: CreateWorkspaceInput): Promise<{ slug: string }> {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name: input.name, slug: slugify(input.name), personal: false, memberships: { create: { userId, role: "owner" } } },
      select: { id: true, slug: true },
    });
    await createDefaultRatingScale(tx, workspace.id);
    return { slug: workspace.slug };
  });
}
