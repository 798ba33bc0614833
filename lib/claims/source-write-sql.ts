import "server-only";
import { v7 as uuidv7 } from "uuid";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { CLAIM_CONFLICT, CLAIM_NOT_FOUND } from "./bump-claim-version";
import { claimDTOColumns, claimDTOFromRow, claimDTORelations, type ClaimDTORow } from "./claim-dto-sql";
import { isReviewedStatus, reopenAssignments, reopenEventValues } from "./reopen-sql";
import type { ClaimDTO } from "./types";

// Adding, editing, removing and reordering a claim's sources are each one versioned change of the
// claim, written in a single SQL statement (add-source.ts, update-source.ts, remove-source.ts,
// reorder-sources.ts) from these pieces: `old` locks the live claim, `bumped` checks the version
// and bumps it (reopening a reviewed verdict, reopen-sql.ts), `events` records the source event
// and then the reopening, and the answer is the claim as `bumped` left it. Like bumpClaimVersion,
// a concurrent write of the same version waits on the lock, then matches nothing.

export interface SourceWriteRef {
  claimId: string;
  workspaceId: string;
  actorId: string;
  /** The version the write was based on. */
  version: number;
}

/** The answer's row; id is null when the claim exists but nothing was written (stale version, or the write's own check failed). */
export type SourceWriteRow = Omit<ClaimDTORow, "id"> & { id: string | null; oldVersion: number };

/**
 * The CTE `old`: the live claim, locked; "reopen" says whether the write sends its reviewed verdict
 * back: never, always, or when a condition on the claim `c` holds (the write changes something).
 */
export const lockedClaim = (ref: SourceWriteRef, { reopensReview }: { reopensReview: boolean | Prisma.Sql }) => Prisma.sql`old AS (
      SELECT c."id", c."version", c."status"::text AS "patchedStatus",
        ${reopenCondition(reopensReview)} AS "reopen"
      FROM "Claim" c
      WHERE c."id" = ${ref.claimId} AND c."workspaceId" = ${ref.workspaceId} AND c."deletedAt" IS NULL
      FOR UPDATE OF c
    )`;

function reopenCondition(reopensReview: boolean | Prisma.Sql): Prisma.Sql {
  if (reopensReview === false) return Prisma.sql`false`;
  const reviewed = isReviewedStatus(Prisma.sql`c."status"::text`);
  return reopensReview === true ? reviewed : Prisma.sql`(${reviewed} AND ${reopensReview})`;
}

/**
 * The CTE `bumped`: the claim with its version bumped (and reopened), if its version still is the
 * one the write was based on and `allowed` holds; `from` lists the CTEs `allowed` reads.
 */
export const bumpedClaim = (ref: SourceWriteRef, allowed: Prisma.Sql, from: Prisma.Sql = Prisma.sql`old`) => Prisma.sql`bumped AS (
      UPDATE "Claim" c SET ${reopenAssignments}, "version" = c."version" + 1, "updatedAt" = now()
      FROM ${from}
      WHERE c."id" = old."id" AND c."version" = ${ref.version} AND ${allowed}
      RETURNING ${claimDTOColumns("c")}
    )`;

/**
 * The CTE `events`: the "sources" event when `changed` holds, then the reopening (time-ordered
 * uuids keep that order in the timeline). The expressions may read `b` (bumped), `o` (old) and
 * whatever `join` adds.
 */
export const sourceEvents = (ref: SourceWriteRef, event: { changed: Prisma.Sql; before: Prisma.Sql; after: Prisma.Sql }, join: Prisma.Sql = Prisma.empty) => Prisma.sql`events AS (
      INSERT INTO "ClaimEvent" ("id", "claimId", "workspaceId", "actorId", "kind", "before", "after", "createdAt")
      SELECT (${[uuidv7(), uuidv7()]}::text[])[ev.ord], b."id", ${ref.workspaceId}, ${ref.actorId}, ev.kind, ev.before, ev.after, now()
      FROM bumped b JOIN old o ON o."id" = b."id" ${join}
      CROSS JOIN LATERAL (VALUES (1, 'sources', ${event.changed}, ${event.before}, ${event.after}), ${reopenEventValues(2)})
        AS ev(ord, kind, changed, before, after)
      WHERE ev.changed
    )`;

/** The statement's answer: the claim as `bumped` left it and the version it had, plus `extra` columns. Its sources are read as they were before the statement. */
export const answerRow = (extra: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`SELECT b.*, ${claimDTORelations("b")}, old."version" AS "oldVersion" ${extra} FROM old LEFT JOIN bumped b ON true`;

/** How a source is named in its claim's history, in SQL (lib/history/source-snapshot.ts). */
export const sourceSnapshotJson = (alias: string, { withStance }: { withStance: boolean }) => {
  const s = Prisma.raw(`"${alias}"`);
  const stance = withStance ? Prisma.sql`, 'stance', ${s}."stance"` : Prisma.empty;
  return Prisma.sql`jsonb_build_object('id', ${s}."id", 'title', ${s}."title", 'url', ${s}."url"${stance})`;
};

/**
 * The written claim, or the error bumpClaimVersion would give: NOT_FOUND for a claim that is not
 * live in the workspace, CONFLICT for a stale version, else `refused` when the write's own check failed.
 */
export function writtenClaim(row: SourceWriteRow | undefined, version: number, refused: () => AppError): ClaimDTO {
  if (!row) throw new AppError("NOT_FOUND", CLAIM_NOT_FOUND);
  if (row.oldVersion !== version) throw new AppError("CONFLICT", CLAIM_CONFLICT);
  if (row.id === null) throw refused();
  return claimDTOFromRow({ ...row, id: row.id });
}
