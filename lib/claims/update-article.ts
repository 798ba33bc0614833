import "server-only";
import { db } from "@/lib/db";
import { docPlainText } from "@/lib/editor/doc-plain-text";
import { InvalidDocumentError, parseArticleDoc } from "@/lib/editor/parse-article-doc";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordReanchors } from "@/lib/history/record-reanchors";
import { AppError } from "@/lib/server/app-error";
import { refreshSuggestionsQuietly } from "@/lib/suggestions/refresh-suggestions";
import { getArticleAnnotationView } from "./queries";
import { reanchorStoredClaims } from "./reanchor-stored-claims";
import { requireWorkspace } from "./require-workspace";
import type { UpdateArticleInput } from "./schema";
import type { ArticleAnnotationView } from "./types";

export const ARTICLE_CONFLICT = "Someone else changed this article. Your edit was not saved; the latest version is shown.";

/**
 * Edits an article's metadata and/or content if nobody changed it meanwhile. New content
 * re-anchors every live claim in the same transaction: the edit and the claims' new anchors are
 * saved together or not at all.
 */
export async function updateArticle(userId: string, input: UpdateArticleInput): Promise<ArticleAnnotationView> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "editArticle");
  const data: Prisma.ArticleUncheckedUpdateManyInput = {};
  if (input.title !== undefined) data.title = input.title;
  if (input.byline !== undefined) data.byline = input.byline;
  if (input.sourceUrl !== undefined) data.sourceUrl = input.sourceUrl;
  if (input.publishedAt !== undefined) data.publishedAt = input.publishedAt;
  let plainText: string | undefined;
  if (input.content !== undefined) {
    const doc = parseContent(input.content);
    plainText = docPlainText(doc);
    data.content = doc.toJSON() as Prisma.InputJsonValue;
    data.plainText = plainText;
  }
  await db.$transaction(
    async (tx) => {
      const current = await tx.article.findFirst({ where: { id: input.articleId, workspaceId: workspace.id }, select: { plainText: true } });
      if (!current) throw new AppError("NOT_FOUND", "That article does not exist.");
      // The version check and the row lock in one statement, as for claims (bumpClaimVersion).
      const { count } = await tx.article.updateMany({
        where: { id: input.articleId, workspaceId: workspace.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", ARTICLE_CONFLICT);
      if (plainText !== undefined && plainText !== current.plainText) {
        await recordReanchors(tx, userId, await reanchorStoredClaims(tx, input.articleId, plainText, { deletedAt: null }));
      }
    },
    // Re-anchoring hundreds of claims in a long article takes longer than Prisma's 5 s default.
    { timeout: 60_000 },
  );
  // Pending suggestions follow the new text (dismissals are kept); never fails the edit.
  if (plainText !== undefined) await refreshSuggestionsQuietly(workspace.id, input.articleId);
  const view = await getArticleAnnotationView(userId, input.workspaceSlug, input.articleId);
  if (!view) throw new AppError("NOT_FOUND", "That article does not exist.");
  return view;
}

function parseContent(content: unknown) {
  try {
    const doc = parseArticleDoc(content);
    if (docPlainText(doc).trim() === "") throw new InvalidDocumentError("The article text cannot be empty.");
    return doc;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    throw new AppError("INVALID_INPUT", error.message, { content: [error.message] });
  }
}
