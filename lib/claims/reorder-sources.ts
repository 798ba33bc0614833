import "server-only";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { requireWorkspace } from "./require-workspace";
import type { ReorderSourcesInput } from "./schema";
import { answerRow, bumpedClaim, lockedClaim, sourceEvents, sourceSnapshotJson, writtenClaim, type SourceWriteRow } from "./source-write-sql";
import type { ClaimDTO } from "./types";

/**
 * Puts a claim's sources in the given order, as one versioned change of the claim, in a single
 * SQL statement (source-write-sql.ts); `orderedIds` must name each of them once. The history
 * records both orders when the order really changes. The order alone leaves a review as it is.
 */
export async function reorderSources(userId: string, input: ReorderSourcesInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId, version: input.version };
  const ids = input.orderedIds;
  const snapshots = (order: string) =>
    Prisma.sql`(SELECT coalesce(jsonb_agg(${sourceSnapshotJson("l", { withStance: false })} ORDER BY l.${Prisma.raw(order)}), '[]'::jsonb) FROM listed l)`;
  const [row] = await db.$queryRaw<SourceWriteRow[]>(prepared`
    WITH ${lockedClaim(ref, { reopensReview: false })},
    stored AS (
      SELECT s."id", s."title", s."url", row_number() OVER (ORDER BY s."position", s."createdAt") AS "was"
      FROM "Source" s JOIN old ON s."claimId" = old."id"
    ),
    wanted AS (SELECT w."id", w."ord" AS "becomes" FROM unnest(${ids}::text[]) WITH ORDINALITY AS w("id", "ord")),
    -- Each current source once with its place in the new order (NULL for one it leaves out).
    listed AS (SELECT c.*, w."becomes" FROM stored c LEFT JOIN wanted w ON w."id" = c."id"),
    ordering AS (
      SELECT (SELECT count(*) FROM stored) = ${ids.length}
          AND (SELECT count(DISTINCT "id") FROM wanted) = ${ids.length}
          AND NOT EXISTS (SELECT 1 FROM listed WHERE "becomes" IS NULL) AS "complete",
        EXISTS (SELECT 1 FROM listed WHERE "becomes" <> "was") AS "moved"
    ),
    ${bumpedClaim(ref, Prisma.sql`ordering."complete"`, Prisma.sql`old, ordering`)},
    placed AS (
      UPDATE "Source" s SET "position" = (w."becomes" - 1)::int, "updatedAt" = now()
      FROM bumped b, wanted w
      WHERE s."claimId" = b."id" AND s."id" = w."id"
    ),
    ${sourceEvents(
      ref,
      {
        changed: Prisma.sql`ordering."moved"`,
        before: Prisma.sql`jsonb_build_object('action', 'reordered', 'sources', ${snapshots(`"was"`)})`,
        after: Prisma.sql`jsonb_build_object('action', 'reordered', 'sources', ${snapshots(`"becomes"`)})`,
      },
      Prisma.sql`CROSS JOIN ordering`,
    )}
    ${answerRow()}`);

  const claim = writtenClaim(
    row,
    input.version,
    () =>
      new AppError("INVALID_INPUT", "The new order must list each of the claim's sources exactly once.", {
        orderedIds: ["List each source exactly once."],
      }),
  );
  // The statement's reads see the old positions; the new ones are the places in orderedIds.
  const byId = new Map(claim.sources.map((source) => [source.id, source]));
  return { ...claim, sources: ids.map((id, position) => ({ ...byId.get(id)!, position })) };
}
