import "server-only";
import { prepared } from "@/lib/database/prepared-statements";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";

/**
 * Reads an article's plain text and holds a share lock on the row until the transaction ends,
 * so an article edit (which re-anchors every claim) cannot slip between validating a selection
 * against this text and saving the claim.
 */
export async function lockArticleText(tx: Prisma.TransactionClient, workspaceId: string, articleId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ plainText: string }[]>(prepared`
    SELECT "plainText" FROM "Article" WHERE "id" = ${articleId} AND "workspaceId" = ${workspaceId} FOR SHARE`);
  if (rows.length === 0) throw new AppError("NOT_FOUND", "That article does not exist.");
  return rows[0].plainText;
}
