import "server-only";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/server/app-error";
import { checkAssignment, requireAssigner } from "./require-assignment";
import type { AssignArticleInput } from "./schema";

/**
 * Assigns an article to a member who can annotate (or nobody). Not versioned: the article's
 * version guards its text, and bumping it would reload every open annotation page.
 */
export async function assignArticle(userId: string, input: AssignArticleInput): Promise<{ articleId: string; assignee: { id: string; name: string } | null }> {
  const workspace = await requireAssigner(userId, input.workspaceSlug);
  return db.$transaction(async (tx) => {
    // Locks the row so two simultaneous assignments are judged one after the other.
    const locked = await tx.$queryRaw<{ assigneeId: string | null }[]>`
      SELECT "assigneeId" FROM "Article" WHERE id = ${input.articleId} AND "workspaceId" = ${workspace.id} FOR UPDATE`;
    if (!locked.length) throw new AppError("NOT_FOUND", "That article does not exist.");
    const current = locked[0].assigneeId;
    if (current !== input.assigneeId) {
      await checkAssignment(tx, userId, workspace, current, input.assigneeId);
      await tx.article.update({ where: { id: input.articleId }, data: { assigneeId: input.assigneeId } });
      if (input.assigneeId) {
        await notify(tx, { userIds: [input.assigneeId], workspaceId: workspace.id, kind: "assigned", actorId: userId, articleId: input.articleId });
      }
    }
    const article = await tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: { id: true, assignee: { select: { id: true, name: true } } } });
    return { articleId: article.id, assignee: article.assignee };
  });
}
