import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import { loadExportModel, type LoadExportOptions } from "./load-export-model";
import type { ExportModel } from "./types";

/**
 * The export model of an article for a member of its workspace (any role, viewers included).
 * NOT_FOUND when the user is not a member or the article is not in the workspace.
 */
export async function getArticleExport(userId: string, workspaceSlug: string, articleId: string, options: LoadExportOptions): Promise<ExportModel> {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace || !can(workspace.role, "article:export")) throw new AppError("NOT_FOUND", "That article does not exist.");
  // An id Postgres cannot compare (NUL) names no article.
  const model = articleId.includes("\u0000") ? null : await loadExportModel(db, workspace.id, articleId, options);
  if (!model) throw new AppError("NOT_FOUND", "That article does not exist.");
  return model;
}
