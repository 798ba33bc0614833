import { Prisma } from "@/lib/generated/prisma/client";

// A verdict that a teammate approved, or is reviewing, must be reviewed again once what it rests
// on changes (verdict, wording, rationale, sources): the write sends the claim back to "in
// progress", clears its approval and dispute, and records why. This is the one place that rule
// lives; every write that can reopen is a single SQL statement (edit-claim-statement.ts,
// source-write-sql.ts) with a CTE `old` that has the claim's status before the write in
// "patchedStatus" and whether to reopen in "reopen".

/** Whether a claim in `status` (an SQL text expression) is reopened by a change to what was reviewed. */
export const isReviewedStatus = (status: Prisma.Sql) => Prisma.sql`${status} IN ('approved', 'verdict_proposed')`;

/** The SET clauses of the claim `c` for the status, approval and dispute. */
export const reopenAssignments = Prisma.sql`
  "status" = CAST(CASE WHEN old."reopen" THEN 'in_progress' ELSE old."patchedStatus" END AS "ClaimStatus"),
  "approvedAt" = CASE WHEN old."reopen" THEN NULL ELSE c."approvedAt" END,
  "disputed" = CASE WHEN old."reopen" THEN false ELSE c."disputed" END`;

/** A row (ord, kind, changed, before, after) of a history VALUES list: the reopening, when there is one. */
export const reopenEventValues = (ord: number) =>
  Prisma.sql`(${ord}, 'status', o."reopen", jsonb_build_object('status', o."patchedStatus"), jsonb_build_object('status', 'in_progress', 'reason', 'edited after review'))`;
