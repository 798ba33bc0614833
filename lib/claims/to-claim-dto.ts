import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimDTO, SourceDTO } from "./types";

/** What to load with a claim so it can become a ClaimDTO. */
export const claimDTOInclude = {
  sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  createdBy: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimDTOInclude }>;

/** Maps a claim row (with its sources and author) to the plain-JSON DTO the UI consumes. */
export function toClaimDTO(claim: ClaimRow): ClaimDTO {
  return fieldsToClaimDTO({ ...claim, sources: claim.sources.map(toSourceDTO) });
}

/** A claim's stored fields with its sources already mapped: what a raw SQL read returns (edit-claim-statement.ts). */
export type ClaimDTOFields = Omit<ClaimRow, "sources" | "workspaceId" | "rationaleText" | "relatedClaimId" | "deletedAt" | "createdById"> & {
  sources: SourceDTO[];
};

export function fieldsToClaimDTO(claim: ClaimDTOFields): ClaimDTO {
  return {
    id: claim.id,
    articleId: claim.articleId,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    anchorStatus: claim.anchorStatus,
    normalizedText: claim.normalizedText,
    ratingLabelId: claim.ratingLabelId,
    rationale: (claim.rationale as DocNodeJSON | null) ?? null,
    tags: claim.tags,
    status: claim.status,
    sources: claim.sources,
    assignee: claim.assignee,
    disputed: claim.disputed,
    reviewRound: claim.reviewRound,
    submittedAt: claim.submittedAt?.toISOString() ?? null,
    approvedAt: claim.approvedAt?.toISOString() ?? null,
    createdBy: claim.createdBy,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    version: claim.version,
  };
}

function toSourceDTO(source: ClaimRow["sources"][number]): SourceDTO {
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    publishedAt: source.publishedAt ? source.publishedAt.toISOString().slice(0, 10) : null,
    excerpt: source.excerpt,
    stance: source.stance,
    position: source.position,
  };
}
