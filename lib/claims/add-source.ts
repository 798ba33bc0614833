import "server-only";
import { v7 as uuidv7 } from "uuid";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceSnapshot } from "@/lib/history/source-snapshot";
import { AppError } from "@/lib/server/app-error";
import { requireWorkspace } from "./require-workspace";
import { SOURCES_MAX, type AddSourceInput } from "./schema";
import { answerRow, bumpedClaim, lockedClaim, sourceEvents, writtenClaim, type SourceWriteRow } from "./source-write-sql";
import type { ClaimDTO, SourceDTO } from "./types";

type AddRow = SourceWriteRow & { addedPosition: number | null };

/**
 * Adds a source at the end of a claim's list, as one versioned change of the claim, in a single
 * SQL statement (source-write-sql.ts): lock the claim, check the version and the list's size,
 * bump the version (reopening a reviewed verdict), insert the source, record it and the
 * reopening in the history, and answer the claim.
 */
export async function addSource(userId: string, input: AddSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId, version: input.version };
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
  const [row] = await db.$queryRaw<AddRow[]>(prepared`
    WITH ${lockedClaim(ref, { reopensReview: true })},
    list AS (SELECT count(*)::int AS "count", max(s."position") AS "last" FROM "Source" s JOIN old ON s."claimId" = old."id"),
    ${bumpedClaim(ref, Prisma.sql`list."count" < ${SOURCES_MAX}`, Prisma.sql`old, list`)},
    added AS (
      INSERT INTO "Source" ("id", "claimId", "url", "title", "publisher", "publishedAt", "excerpt", "stance", "position", "createdAt", "updatedAt")
      SELECT ${source.id}, b."id", ${source.url}, ${source.title}, ${source.publisher}, ${source.publishedAt}::date, ${source.excerpt},
        CAST(${source.stance} AS "SourceStance"), coalesce(list."last", -1) + 1, now(), now()
      FROM bumped b, list
      RETURNING "position"
    ),
    ${sourceEvents(ref, { changed: Prisma.sql`true`, before: Prisma.sql`NULL::jsonb`, after: Prisma.sql`${JSON.stringify(snapshot)}::jsonb` })}
    ${answerRow(Prisma.sql`, (SELECT "position" FROM added) AS "addedPosition"`)}`);

  const claim = writtenClaim(row, input.version, () => new AppError("INVALID_INPUT", `A claim can have at most ${SOURCES_MAX} sources.`));
  // The statement's reads see the sources as they were before it; the new one goes last.
  return { ...claim, sources: [...claim.sources, { ...source, position: row!.addedPosition! }] };
}
