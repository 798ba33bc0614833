import type { ClaimStatus } from "@/lib/claims/types";

/** An earlier claim of the workspace, as the claim panel shows it. */
export interface SimilarClaimDTO {
  id: string;
  articleId: string;
  articleTitle: string;
  /** The claim in its article. */
  href: string;
  exact: string;
  normalizedText: string | null;
  verdict: { id: string; label: string; color: string } | null;
  status: ClaimStatus;
  sourceCount: number;
  /** 0–1: how nearly it says the same thing. */
  score: number;
  createdAt: string;
}

export interface SimilarClaimsView {
  /** The earlier check this claim is linked to, if any (null when unlinked or since deleted). */
  linked: SimilarClaimDTO | null;
  similar: SimilarClaimDTO[];
}
