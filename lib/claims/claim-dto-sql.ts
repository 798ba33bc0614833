import { Prisma } from "@/lib/generated/prisma/client";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { AnchorStatus, ClaimDTO, ClaimStatus, SourceDTO, SourceStance } from "./types";

// The claim as the panel shows it, read in one SQL query: Prisma's include of sources and two
// people costs four more round trips, and every claim write answers with this.

/** The claim's own DTO columns of the Claim row named `alias` (also usable in RETURNING). */
export const claimDTOColumns = (alias: string) => {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${c}."id", ${c}."articleId", ${c}."exact", ${c}."prefix", ${c}."suffix", ${c}."start", ${c}."end",
    ${c}."anchorStatus"::text AS "anchorStatus", ${c}."normalizedText", ${c}."ratingLabelId", ${c}."rationale", ${c}."tags",
    ${c}."status"::text AS "status", ${c}."disputed", ${c}."reviewRound", ${c}."submittedAt", ${c}."approvedAt",
    ${c}."assigneeId", ${c}."createdById", ${c}."createdAt", ${c}."updatedAt", ${c}."version"`;
};

/** The Source row named `alias` as a JSON SourceDTO (a row of ClaimDTORow["sources"]). */
export const sourceDTOObject = (alias: string) => {
  const s = Prisma.raw(`"${alias}"`);
  return Prisma.sql`json_build_object('id', ${s}."id", 'url', ${s}."url", 'title', ${s}."title", 'publisher', ${s}."publisher",
    'publishedAt', ${s}."publishedAt", 'excerpt', ${s}."excerpt", 'stance', ${s}."stance", 'position', ${s}."position")`;
};

/** Its author's and assignee's names and its sources (in list order), for the row named `alias`. */
export const claimDTORelations = (alias: string) => {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(SELECT u."name" FROM "User" u WHERE u."id" = ${c}."createdById") AS "createdByName",
    (SELECT u."name" FROM "User" u WHERE u."id" = ${c}."assigneeId") AS "assigneeName",
    (SELECT coalesce(json_agg(${sourceDTOObject("s")} ORDER BY s."position", s."createdAt"), '[]'::json)
      FROM "Source" s WHERE s."claimId" = ${c}."id") AS "sources"`;
};

/** A row of claimDTOColumns + claimDTORelations. */
export interface ClaimDTORow {
  id: string;
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: string;
  normalizedText: string | null;
  ratingLabelId: string | null;
  rationale: Prisma.JsonValue | null;
  tags: string[];
  status: string;
  disputed: boolean;
  reviewRound: number;
  submittedAt: Date | null;
  approvedAt: Date | null;
  assigneeId: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  createdByName: string;
  assigneeName: string | null;
  // publishedAt is a date column, which json_build_object writes as yyyy-mm-dd: the DTO's form.
  sources: { id: string; url: string; title: string; publisher: string | null; publishedAt: string | null; excerpt: string | null; stance: string; position: number }[];
}

export const sourceDTOFromRow = (source: ClaimDTORow["sources"][number]): SourceDTO => ({ ...source, stance: source.stance as SourceStance });

export function claimDTOFromRow(row: ClaimDTORow): ClaimDTO {
  return {
    id: row.id,
    articleId: row.articleId,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    anchorStatus: row.anchorStatus as AnchorStatus,
    normalizedText: row.normalizedText,
    ratingLabelId: row.ratingLabelId,
    rationale: (row.rationale as DocNodeJSON | null) ?? null,
    tags: row.tags,
    status: row.status as ClaimStatus,
    sources: row.sources.map(sourceDTOFromRow),
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "" } : null,
    disputed: row.disputed,
    reviewRound: row.reviewRound,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    createdBy: { id: row.createdById, name: row.createdByName },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * The claim as the UI sees it, through `client` (a transaction sees its own writes), in one query.
 * With `liveIn`, only a claim of that workspace that is not deleted.
 */
export async function readClaimDTO(client: Pick<Prisma.TransactionClient, "$queryRaw">, claimId: string, liveIn?: { workspaceId: string }): Promise<ClaimDTO | null> {
  const scope = liveIn ? Prisma.sql`AND c."workspaceId" = ${liveIn.workspaceId} AND c."deletedAt" IS NULL` : Prisma.empty;
  const [row] = await client.$queryRaw<ClaimDTORow[]>`
    SELECT ${claimDTOColumns("c")}, ${claimDTORelations("c")} FROM "Claim" c WHERE c."id" = ${claimId} ${scope}`;
  return row ? claimDTOFromRow(row) : null;
}
