import { Prisma } from "@/lib/generated/prisma/client";
import { fieldsToClaimDTO, type ClaimDTOFields } from "./to-claim-dto";
import type { ClaimDTO } from "./types";

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

/** Its author's and assignee's names and its sources (in list order), for the row named `alias`. */
export const claimDTORelations = (alias: string) => {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(SELECT u."name" FROM "User" u WHERE u."id" = ${c}."createdById") AS "createdByName",
    (SELECT u."name" FROM "User" u WHERE u."id" = ${c}."assigneeId") AS "assigneeName",
    (SELECT coalesce(json_agg(json_build_object(
        'id', s."id", 'url', s."url", 'title', s."title", 'publisher', s."publisher", 'publishedAt', s."publishedAt",
        'excerpt', s."excerpt", 'stance', s."stance", 'position', s."position") ORDER BY s."position", s."createdAt"), '[]'::json)
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

export function claimDTOFromRow({ createdByName, assigneeName, createdById, ...row }: ClaimDTORow): ClaimDTO {
  return fieldsToClaimDTO({
    ...row,
    anchorStatus: row.anchorStatus as ClaimDTOFields["anchorStatus"],
    status: row.status as ClaimDTOFields["status"],
    createdBy: { id: createdById, name: createdByName },
    assignee: row.assigneeId ? { id: row.assigneeId, name: assigneeName ?? "" } : null,
    sources: row.sources.map((source) => ({ ...source, stance: source.stance as ClaimDTOFields["sources"][number]["stance"] })),
  });
}

/** The claim as the UI sees it, through `client` (a transaction sees its own writes), in one query. */
export async function readClaimDTO(client: Pick<Prisma.TransactionClient, "$queryRaw">, claimId: string): Promise<ClaimDTO | null> {
  const [row] = await client.$queryRaw<ClaimDTORow[]>`
    SELECT ${claimDTOColumns("c")}, ${claimDTORelations("c")} FROM "Claim" c WHERE c."id" = ${claimId}`;
  return row ? claimDTOFromRow(row) : null;
}
