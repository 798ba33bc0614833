import "server-only";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { sourceDTOFromRow, sourceDTOObject, type ClaimDTORow } from "./claim-dto-sql";
import { requireWorkspace } from "./require-workspace";
import type { SourceInput, UpdateSourceInput } from "./schema";
import { answerRow, bumpedClaim, lockedClaim, sourceEvents, writtenClaim, type SourceWriteRow } from "./source-write-sql";
import type { ClaimDTO } from "./types";

type UpdateRow = SourceWriteRow & { editedSource: ClaimDTORow["sources"][number] | null };

// The form's fields, in the order the history lists what changed.
const EDITABLE = ["url", "title", "publisher", "publishedAt", "excerpt", "stance"] as const;

/**
 * Edits the given fields of one of a claim's sources, as one versioned change of the claim, in a
 * single SQL statement (source-write-sql.ts). The history event names the source and gives the
 * fields that changed, before and after (a DATE as yyyy-mm-dd, the form's way). An edit that
 * changes nothing (the form saved as it was) records no event and leaves a review alone; it is
 * still a new version, as every save is.
 */
export async function updateSource(userId: string, input: UpdateSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId, version: input.version };
  // Each field before and after, as JSON (so a DATE is yyyy-mm-dd); the names are ours, not input.
  const compared = ["id", ...EDITABLE].map((key, index) => Prisma.raw(`(${index}, '${key}', to_jsonb(s."${key}"), to_jsonb(e."${key}"))`));
  // The snapshot's fields (lib/history/source-snapshot.ts) and those that changed.
  const shown = Prisma.sql`f.key IN ('id', 'title', 'url', 'stance') OR f.changed`;
  const [row] = await db.$queryRaw<UpdateRow[]>(prepared`
    WITH ${lockedClaim(ref, { reopensReview: sourceDiffers(input.sourceId, input.source) })},
    src AS (SELECT s.* FROM "Source" s JOIN old ON s."claimId" = old."id" WHERE s."id" = ${input.sourceId}),
    ${bumpedClaim(ref, Prisma.sql`EXISTS (SELECT 1 FROM src)`)},
    edited AS (
      UPDATE "Source" s SET ${Prisma.join([...assignments(input.source), Prisma.sql`"updatedAt" = now()`], ", ")}
      FROM bumped b
      WHERE s."id" = ${input.sourceId} AND s."claimId" = b."id"
      RETURNING s.*
    ),
    fields AS (
      SELECT f.ord, f.key, f.before, f.after, f.before IS DISTINCT FROM f.after AS changed
      FROM src s CROSS JOIN edited e CROSS JOIN LATERAL (VALUES ${Prisma.join(compared, ", ")}) AS f(ord, key, before, after)
    ),
    diff AS (
      SELECT coalesce(jsonb_agg(f.key ORDER BY f.ord) FILTER (WHERE f.changed), '[]'::jsonb) AS "changed",
        jsonb_object_agg(f.key, f.before) FILTER (WHERE ${shown}) AS "before",
        jsonb_object_agg(f.key, f.after) FILTER (WHERE ${shown}) AS "after"
      FROM fields f
    ),
    ${sourceEvents(
      ref,
      {
        changed: Prisma.sql`jsonb_array_length(d."changed") > 0`,
        before: Prisma.sql`jsonb_build_object('action', 'edited', 'source', d."before")`,
        after: Prisma.sql`jsonb_build_object('action', 'edited', 'source', d."after", 'changed', d."changed")`,
      },
      Prisma.sql`CROSS JOIN diff d`,
    )}
    ${answerRow(Prisma.sql`, (SELECT ${sourceDTOObject("e")} FROM edited e) AS "editedSource"`)}`);

  const claim = writtenClaim(row, input.version, () => new AppError("NOT_FOUND", "That source was removed from the claim."));
  // The statement's reads see the source as it was before it.
  const edited = sourceDTOFromRow(row!.editedSource!);
  return { ...claim, sources: claim.sources.map((source) => (source.id === edited.id ? edited : source)) };
}

type EditableKey = (typeof EDITABLE)[number];

/** The fields the edit gives (a validated, trimmed form: empty optional fields are null), each as [column, new value]. */
function givenFields(source: Partial<SourceInput>): [Prisma.Sql, Prisma.Sql][] {
  const value = (key: EditableKey) => {
    const given = source[key] ?? null;
    if (key === "publishedAt") return Prisma.sql`${given}::date`;
    if (key === "stance") return Prisma.sql`CAST(${given} AS "SourceStance")`;
    return Prisma.sql`${given}`;
  };
  return EDITABLE.filter((key) => source[key] !== undefined).map((key) => [Prisma.raw(`"${key}"`), value(key)]);
}

function assignments(source: Partial<SourceInput>): Prisma.Sql[] {
  return givenFields(source).map(([column, value]) => Prisma.sql`${column} = ${value}`);
}

/** On the claim `c`: whether the edit changes any field of the source (only then is a review reopened). */
function sourceDiffers(sourceId: string, source: Partial<SourceInput>): Prisma.Sql {
  const differs = givenFields(source).map(([column, value]) => Prisma.sql`s.${column} IS DISTINCT FROM ${value}`);
  if (differs.length === 0) return Prisma.sql`false`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Source" s WHERE s."id" = ${sourceId} AND s."claimId" = c."id" AND (${Prisma.join(differs, " OR ")}))`;
}
