import "server-only";
import { v7 as uuidv7 } from "uuid";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimDTOColumns, claimDTOFromRow, claimDTORelations, type ClaimDTORow } from "./claim-dto-sql";
import { isReviewedStatus, reopenAssignments, reopenEventValues } from "./reopen-sql";
import type { ClaimDTO } from "./types";

/** A claim edit after validation: each field present is written, absent fields are kept. */
export interface ClaimEditData {
  normalizedText?: string | null;
  ratingLabelId?: string | null;
  /** The validated rationale document, or null for none. */
  rationale?: Prisma.InputJsonValue | null;
  tags?: string[];
  status?: string;
}

export interface ClaimEditRef {
  claimId: string;
  workspaceId: string;
  actorId: string;
  /** The version the edit was based on. */
  version: number;
}

export type ClaimEditOutcome = { kind: "saved"; claim: ClaimDTO } | { kind: "conflict" } | { kind: "not_found" };

// The most events one edit records: one per editable field, and the reopening after review.
const EVENT_IDS_PER_EDIT = 6;

/**
 * Applies a claim edit in a single SQL statement, so the autosave that runs several times a
 * minute per checker costs one database round trip instead of about a dozen (and no interactive
 * transaction holding the row lock across them). The statement, atomically:
 * - locks the claim (`old`) and fixes what the edit means for review: a verdict, wording or
 *   rationale change of a claim that is approved or under review sends it back to "in progress"
 *   and clears its approval and dispute (`reopen`);
 * - writes the fields and bumps the version if it still is the one the edit was based on, the
 *   optimistic-concurrency check (a concurrent edit of the same version waits on the lock, then
 *   matches nothing);
 * - appends one history event per field that really changed, with before and after, plus the
 *   reopening, in that order (ids are time-ordered uuids, so the timeline keeps the order);
 * - returns the claim as the panel shows it, with sources and people.
 */
export async function editClaimStatement(ref: ClaimEditRef, data: ClaimEditData): Promise<ClaimEditOutcome> {
  const assignments = setClauses(data);
  const reviewedChanged = reviewedFieldsChanged(data);
  const patchedStatus = data.status === undefined ? Prisma.sql`c."status"::text` : Prisma.sql`${data.status}::text`;
  const eventIds = Array.from({ length: EVENT_IDS_PER_EDIT }, () => uuidv7());

  const rows = await db.$queryRaw<(Omit<ClaimDTORow, "id"> & { id: string | null })[]>(prepared`
    WITH old AS (
      SELECT c."id", c."version", c."normalizedText", c."ratingLabelId", ol."label" AS "ratingLabel", c."rationale", c."tags",
             c."status"::text AS "status", ${patchedStatus} AS "patchedStatus",
             (${reviewedChanged}) AND ${isReviewedStatus(patchedStatus)} AS "reopen"
      FROM "Claim" c LEFT JOIN "RatingLabel" ol ON ol."id" = c."ratingLabelId"
      WHERE c."id" = ${ref.claimId} AND c."workspaceId" = ${ref.workspaceId} AND c."deletedAt" IS NULL
      FOR UPDATE OF c
    ),
    edited AS (
      UPDATE "Claim" c SET ${Prisma.join(assignments, ", ")},
        ${reopenAssignments},
        "version" = c."version" + 1,
        "updatedAt" = now()
      FROM old
      WHERE c."id" = old."id" AND c."version" = ${ref.version}
      RETURNING ${claimDTOColumns("c")}
    ),
    events AS (
      INSERT INTO "ClaimEvent" ("id", "claimId", "workspaceId", "actorId", "kind", "before", "after", "createdAt")
      SELECT (${eventIds}::text[])[ev.ord], e."id", ${ref.workspaceId}, ${ref.actorId}, ev.kind, ev.before, ev.after, now()
      FROM edited e
      JOIN old o ON o."id" = e."id"
      LEFT JOIN "RatingLabel" nl ON nl."id" = e."ratingLabelId"
      CROSS JOIN LATERAL (VALUES
        (1, 'verdict', o."ratingLabelId" IS DISTINCT FROM e."ratingLabelId",
          jsonb_build_object('ratingLabelId', o."ratingLabelId", 'label', o."ratingLabel"),
          jsonb_build_object('ratingLabelId', e."ratingLabelId", 'label', nl."label")),
        (2, 'normalized_text', o."normalizedText" IS DISTINCT FROM e."normalizedText",
          jsonb_build_object('normalizedText', o."normalizedText"), jsonb_build_object('normalizedText', e."normalizedText")),
        (3, 'rationale', o."rationale" IS DISTINCT FROM e."rationale",
          jsonb_build_object('rationale', o."rationale"), jsonb_build_object('rationale', e."rationale")),
        (4, 'tags', o."tags" IS DISTINCT FROM e."tags", jsonb_build_object('tags', to_jsonb(o."tags")), jsonb_build_object('tags', to_jsonb(e."tags"))),
        (5, 'status', o."status" IS DISTINCT FROM o."patchedStatus", jsonb_build_object('status', o."status"), jsonb_build_object('status', o."patchedStatus")),
        ${reopenEventValues(6)}
      ) AS ev(ord, kind, changed, before, after)
      WHERE ev.changed
    )
    SELECT e.*, ${claimDTORelations("e")}
    FROM old LEFT JOIN edited e ON true`);

  const [row] = rows;
  if (!row) return { kind: "not_found" };
  // The claim exists (old) but its version moved on, so the edit matched nothing.
  if (row.id === null) return { kind: "conflict" };
  return { kind: "saved", claim: claimDTOFromRow({ ...row, id: row.id }) };
}

function setClauses(data: ClaimEditData): Prisma.Sql[] {
  const clauses: Prisma.Sql[] = [];
  if (data.normalizedText !== undefined) clauses.push(Prisma.sql`"normalizedText" = ${data.normalizedText}`);
  if (data.ratingLabelId !== undefined) clauses.push(Prisma.sql`"ratingLabelId" = ${data.ratingLabelId}`);
  if (data.rationale !== undefined) clauses.push(Prisma.sql`"rationale" = ${jsonParameter(data.rationale)}`);
  if (data.tags !== undefined) clauses.push(Prisma.sql`"tags" = ${data.tags}::text[]`);
  // The version is always bumped, so an edit never has an empty SET list.
  if (clauses.length === 0) clauses.push(Prisma.sql`"id" = c."id"`);
  return clauses;
}

/** Whether the edit changes what a review approved (verdict, wording, rationale), compared with the stored row. */
function reviewedFieldsChanged(data: ClaimEditData): Prisma.Sql {
  const changes: Prisma.Sql[] = [];
  if (data.normalizedText !== undefined) changes.push(Prisma.sql`c."normalizedText" IS DISTINCT FROM ${data.normalizedText}`);
  if (data.ratingLabelId !== undefined) changes.push(Prisma.sql`c."ratingLabelId" IS DISTINCT FROM ${data.ratingLabelId}`);
  if (data.rationale !== undefined) changes.push(Prisma.sql`c."rationale" IS DISTINCT FROM ${jsonParameter(data.rationale)}`);
  return changes.length ? Prisma.join(changes, " OR ") : Prisma.sql`false`;
}

// SQL NULL for no rationale (as Prisma.DbNull stores it), else the document as jsonb.
const jsonParameter = (value: Prisma.InputJsonValue | null) => (value === null ? Prisma.sql`NULL::jsonb` : Prisma.sql`${JSON.stringify(value)}::jsonb`);
