import "server-only";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { requireWorkspace } from "./require-workspace";
import type { RemoveSourceInput } from "./schema";
import { answerRow, bumpedClaim, lockedClaim, sourceEvents, sourceSnapshotJson, writtenClaim, type SourceWriteRow } from "./source-write-sql";
import type { ClaimDTO } from "./types";

/**
 * Removes one of a claim's sources, as one versioned change of the claim, in a single SQL
 * statement (source-write-sql.ts); the others keep their positions. Reopens a reviewed verdict.
 */
export async function removeSource(userId: string, input: RemoveSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId, version: input.version };
  const [row] = await db.$queryRaw<SourceWriteRow[]>(prepared`
    WITH ${lockedClaim(ref, { reopensReview: true })},
    src AS (SELECT s.* FROM "Source" s JOIN old ON s."claimId" = old."id" WHERE s."id" = ${input.sourceId}),
    ${bumpedClaim(ref, Prisma.sql`EXISTS (SELECT 1 FROM src)`)},
    removed AS (DELETE FROM "Source" s USING bumped b WHERE s."id" = ${input.sourceId} AND s."claimId" = b."id"),
    ${sourceEvents(
      ref,
      {
        changed: Prisma.sql`true`,
        before: Prisma.sql`jsonb_build_object('action', 'removed', 'source', ${sourceSnapshotJson("src", { withStance: true })})`,
        after: Prisma.sql`jsonb_build_object('action', 'removed')`,
      },
      Prisma.sql`CROSS JOIN src`,
    )}
    ${answerRow()}`);

  const claim = writtenClaim(row, input.version, () => new AppError("NOT_FOUND", "That source was already removed from the claim."));
  // The statement's reads see the source as it was before it.
  return { ...claim, sources: claim.sources.filter((source) => source.id !== input.sourceId) };
}
