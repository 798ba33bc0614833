import type { ClaimDTO, ClaimSummaryDTO } from "./types";

/** Longest quote or wording a summary carries; the list shows two lines of it. */
export const CLAIM_SUMMARY_TEXT_LENGTH = 240;

type SummaryFields = Omit<ClaimSummaryDTO, "sourceCount"> & { sourceCount: number };

/** A claim's summary from its stored fields (server) or its full DTO (browser, after a save). */
export function toClaimSummary(claim: SummaryFields | ClaimDTO): ClaimSummaryDTO {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    anchorStatus: claim.anchorStatus,
    ratingLabelId: claim.ratingLabelId,
    status: claim.status,
    disputed: claim.disputed,
    version: claim.version,
    exact: shorten(claim.exact),
    normalizedText: claim.normalizedText === null ? null : shorten(claim.normalizedText),
    sourceCount: "sources" in claim ? claim.sources.length : claim.sourceCount,
  };
}

/** Cuts at a code point boundary so an emoji is never split in half. */
function shorten(text: string): string {
  const points = [...text];
  return points.length <= CLAIM_SUMMARY_TEXT_LENGTH ? text : `${points.slice(0, CLAIM_SUMMARY_TEXT_LENGTH - 1).join("")}…`;
}
