import type { DocNodeJSON } from "@/lib/editor/doc-schema";

// The claim data that crosses from server to browser. Dates are ISO strings so the objects
// are plain JSON (server actions and RSC props).

export const CLAIM_STATUSES = ["open", "in_progress", "verdict_proposed", "changes_requested", "approved"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses a checker sets by hand; the others are reached through the review workflow. */
export const WORKING_CLAIM_STATUSES = ["open", "in_progress"] as const satisfies readonly ClaimStatus[];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  verdict_proposed: "Submitted for review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

export const SOURCE_STANCES = ["supports", "refutes", "context"] as const;
export type SourceStance = (typeof SOURCE_STANCES)[number];

export type AnchorStatus = "anchored" | "orphaned";

export interface RatingLabelDTO {
  id: string;
  label: string;
  /** #rrggbb */
  color: string;
  /** Numeric rating (ClaimReview ratingValue); higher is truer. */
  value: number;
  position: number;
  description: string | null;
}

export interface SourceDTO {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  /** yyyy-mm-dd */
  publishedAt: string | null;
  excerpt: string | null;
  stance: SourceStance;
  position: number;
}

/** W3C TextQuoteSelector + TextPositionSelector (code points of Article.plainText), flattened. */
export interface ClaimAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface ClaimDTO extends ClaimAnchor {
  id: string;
  articleId: string;
  anchorStatus: AnchorStatus;
  /** "The claim checked": optional normalized wording. */
  normalizedText: string | null;
  ratingLabelId: string | null;
  /** Rich-text rationale as Tiptap JSON (validated against the rationale schema). */
  rationale: DocNodeJSON | null;
  tags: string[];
  status: ClaimStatus;
  sources: SourceDTO[];
  /** The member this claim is assigned to. */
  assignee: { id: string; name: string } | null;
  /** A reviewer's independent verdict differs from the author's, until resolved. */
  disputed: boolean;
  /** Incremented on each submission for review. */
  reviewRound: number;
  submittedAt: string | null;
  approvedAt: string | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency counter; every change to the claim or its sources increments it. */
  version: number;
}

/**
 * What the article page needs of every claim up front: enough to draw its highlight and its row in
 * the claims list. The rest (rationale, sources, history…) is loaded as a ClaimDTO when the claim
 * is opened, so a long article does not ship every claim's details to the browser.
 */
export interface ClaimSummaryDTO
  extends Pick<ClaimDTO, "id" | "start" | "end" | "anchorStatus" | "ratingLabelId" | "status" | "disputed" | "version"> {
  /** The quote, shortened to CLAIM_SUMMARY_TEXT_LENGTH characters (with "…") when longer. */
  exact: string;
  /** The normalized wording, shortened the same way. */
  normalizedText: string | null;
  sourceCount: number;
}

export interface ArticleAnnotationView {
  article: {
    id: string;
    title: string;
    byline: string | null;
    sourceUrl: string | null;
    publishedAt: string | null;
    /** The text as the editor holds it; its plain text (what anchors count in) stays on the server. */
    content: DocNodeJSON;
    version: number;
    createdAt: string;
    createdBy: { name: string };
    /** The member this article is assigned to. */
    assignee: { id: string; name: string } | null;
  };
  workspace: { id: string; slug: string; name: string; role: "owner" | "editor" | "reviewer" | "viewer" };
  claims: ClaimSummaryDTO[];
  ratingScale: RatingLabelDTO[];
  /** What the signed-in user may do here. */
  permissions: { annotate: boolean; editArticle: boolean; manageScale: boolean };
}
