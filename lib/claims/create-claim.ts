import "server-only";
import { v7 as uuidv7 } from "uuid";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import { anchorSnapshot } from "@/lib/history/anchor-snapshot";
import { claimDTOColumns, claimDTOFromRow, claimDTORelations, type ClaimDTORow } from "./claim-dto-sql";
import { lockArticleText } from "./lock-article-text";
import { requireWorkspace } from "./require-workspace";
import type { CreateClaimInput } from "./schema";
import type { ClaimDTO } from "./types";
import { validateAnchor } from "./validate-anchor";

/** Highlights a claim on the text the user selected, checked against the article's current text. */
export async function createClaim(userId: string, input: CreateClaimInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    const plainText = await lockArticleText(tx, workspace.id, input.articleId);
    const anchor = validateAnchor(plainText, input.anchor);
    const createdEvent = anchorSnapshot({ ...anchor, anchorStatus: "anchored" });
    // The claim, its "created" event and the answer in one statement: claims are made often,
    // and each round trip is spent holding the article's share lock.
    const [row] = await tx.$queryRaw<ClaimDTORow[]>(prepared`
      WITH inserted AS (
        INSERT INTO "Claim" AS c ("id", "workspaceId", "articleId", "exact", "prefix", "suffix", "start", "end", "createdById", "createdAt", "updatedAt")
        VALUES (${uuidv7()}, ${workspace.id}, ${input.articleId}, ${anchor.exact}, ${anchor.prefix}, ${anchor.suffix}, ${anchor.start}, ${anchor.end}, ${userId}, now(), now())
        RETURNING ${claimDTOColumns("c")}
      ),
      event AS (
        INSERT INTO "ClaimEvent" ("id", "claimId", "workspaceId", "actorId", "kind", "after", "createdAt")
        SELECT ${uuidv7()}, i."id", ${workspace.id}, ${userId}, 'created', ${JSON.stringify(createdEvent)}::jsonb, now() FROM inserted i
      )
      SELECT i.*, ${claimDTORelations("i")} FROM inserted i`);
    return claimDTOFromRow(row);
  });
}
