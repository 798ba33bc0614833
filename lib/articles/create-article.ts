import "server-only";
import { db } from "@/lib/db";
import { docPlainText } from "@/lib/editor/doc-plain-text";
import { parseArticleDoc } from "@/lib/editor/parse-article-doc";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { AppError } from "@/lib/server/app-error";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import type { CreateArticleInput } from "./schema";

/** Creates an article from pasted plain text in a workspace where the user may add articles. */
export async function createArticle(userId: string, input: CreateArticleInput) {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!can(workspace.role, "article:create")) {
    throw new AppError("FORBIDDEN", "Your role in this workspace does not allow adding articles.");
  }
  const doc = parseArticleDoc(plainTextToDoc(input.text));
  const article = await db.article.create({
    data: {
      workspaceId: workspace.id,
      title: input.title,
      byline: input.byline ?? null,
      sourceUrl: input.sourceUrl ?? null,
      publishedAt: input.publishedAt ?? null,
      content: doc.toJSON(),
      plainText: docPlainText(doc),
      createdById: userId,
    },
    select: { id: true },
  });
  return { articleId: article.id, workspaceSlug: workspace.slug };
}
