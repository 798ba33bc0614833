import "server-only";
import { v7 as uuidv7 } from "uuid";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceSnapshot } from "@/lib/history/source-snapshot";
import { AppError } from "@/lib/server/app-error";
import { CLAIM_CONFLICT, CLAIM_NOT_FOUND } from "./bump-claim-version";
import { claimDTOColumns, claimDTOFromRow, claimDTORelations, type ClaimDTORow } from "./claim-dto-sql";
import { isReviewedStatus, reopenAssignments, reopenEventValues } from "./reopen-sql";
import { requireWorkspace } from "./require-workspace";
import { SOURCES_MAX, type AddSourceInput } from "./schema";
import type { ClaimDTO, SourceDTO } from "./types";

// id is null when the claim exists but the version moved on or the list is full (nothing was added).
type AddRow = Omit<ClaimDTORow, "id"> & { id: string | null; oldVersion: number; addedPosition: number | null };

/**
 * Adds a source at the end of a claim's list, as one versioned change of the claim, in a single
 * SQL statement (like claim edits, edit-claim-statement.ts): lock the claim, check the version and
 * the list's size, bump the version (reopening a reviewed verdict), insert the source, record it
 * and the reopening in the history, and answer the claim.
 */
export async function addSource(userId: string, input: AddSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const source: SourceDTO = {
    id: uuidv7(),
    url: input.source.url,
    title: input.source.title,
    publisher: input.source.publisher ?? null,
    publishedAt: input.source.publishedAt ?? null,
    excerpt: input.source.excerpt ?? null,
    stance: input.source.stance,
    position: 0, // set by the statement: after the last one
  };
  const snapshot = { action: "added", source: sourceSnapshot(source) };
  const [row] = await db.$queryRaw<AddRow[]>`
    WITH old AS (
      SELECT c."id", c."version", c."status"::text AS "patchedStatus", ${isReviewedStatus(Prisma.sql`c."status"::text`)} AS "reopen"
      FROM "Claim" c
      WHERE c."id" = ${input.claimId} AND c."workspaceId" = ${workspace.id} AND c."deletedAt" IS NULL
      FOR UPDATE OF c
    ),
    list AS (SELECT count(*)::int AS "count", max(s."position") AS "last" FROM "Source" s JOIN old ON s."claimId" = old."id"),
    bumped AS (
      UPDATE "Claim" c SET ${reopenAssignments}, "version" = c."version" + 1, "updatedAt" = now()
      FROM old, list
      WHERE c."id" = old."id" AND c."version" = ${input.version} AND list."count" < ${SOURCES_MAX}
      RETURNING ${claimDTOColumns("c")}
    ),
    added AS (
      INSERT INTO "Source" ("id", "claimId", "url", "title", "publisher", "publishedAt", "excerpt", "stance", "position", "createdAt", "updatedAt")
      SELECT ${source.id}, b."id", ${source.url}, ${source.title}, ${source.publisher}, ${source.publishedAt}::date, ${source.excerpt},
        CAST(${source.stance} AS "SourceStance"), coalesce(list."last", -1) + 1, now(), now()
      FROM bumped b, list
      RETURNING "position"
    ),
    events AS (
      INSERT INTO "ClaimEvent" ("id", "claimId", "workspaceId", "actorId", "kind", "before", "after", "createdAt")
      SELECT (${[uuidv7(), uuidv7()]}::text[])[ev.ord], b."id", ${workspace.id}, ${userId}, ev.kind, ev.before, ev.after, now()
      FROM bumped b JOIN old o ON o."id" = b."id"
      CROSS JOIN LATERAL (VALUES (1, 'sources', true, NULL::jsonb, ${JSON.stringify(snapshot)}::jsonb), ${reopenEventValues(2)}) AS ev(ord, kind, changed, before, after)
      WHERE ev.changed
    )
    SELECT b.*, ${claimDTORelations("b")}, old."version" AS "oldVersion",
      (SELECT "position" FROM added) AS "addedPosition"
    FROM old LEFT JOIN bumped b ON true`;

  if (!row) throw new AppError("NOT_FOUND", CLAIM_NOT_FOUND);
  if (row.oldVersion !== input.version) throw new AppError("CONFLICT", CLAIM_CONFLICT);
  if (row.id === null) throw new AppError("INVALID_INPUT", `A claim can have at most ${SOURCES_MAX} sources.`);
  const claim = claimDTOFromRow({ ...row, id: row.id });
  // The statement's reads see the sources as they were before it; the new one goes last.
  return { ...claim, sources: [...claim.sources, { ...source, position: row.addedPosition! }] };
}
