import "server-only";
import { db } from "@/lib/db";
import { docPlainText } from "@/lib/editor/doc-plain-text";
import { InvalidDocumentError, parseArticleDoc } from "@/lib/editor/parse-article-doc";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { cleanArticleDoc } from "@/lib/import/clean-article-doc";
import { AppError } from "@/lib/server/app-error";
import { refreshSuggestionsQuietly } from "@/lib/suggestions/refresh-suggestions";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import type { CreateArticleInput } from "./schema";

/** Creates an article from plain text or an imported document, where the user may add articles. */
export async function createArticle(userId: string, input: CreateArticleInput) {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!can(workspace.role, "article:create")) {
    throw new AppError("FORBIDDEN", "Your role in this workspace does not allow adding articles.");
  }
  const doc = articleDoc(input);
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
  // Check-worthy sentences are suggested on import; a failure there never fails the import.
  await refreshSuggestionsQuietly(workspace.id, article.id);
  return { articleId: article.id, workspaceSlug: workspace.slug };
}

// A client-sent document is trusted no further than the editor schema: it is rebuilt from
// known nodes, marks and attributes, and must still hold some text.
function articleDoc(input: CreateArticleInput) {
  if (input.doc == null) return parseArticleDoc(plainTextToDoc(input.text ?? ""));
  try {
    const doc = cleanArticleDoc(input.doc);
    if (!docPlainText(doc).trim()) throw new InvalidDocumentError("empty");
    return doc;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    throw new AppError("INVALID_INPUT", "The imported article could not be saved: it has no text or is malformed. Import it again.", {
      text: ["Import the article again."],
    });
  }
}
