import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { ClaimStatus, SourceDTO } from "@/lib/claims/types";

// The loaded model every renderer is a pure function of. Dates are ISO strings so the model is
// plain JSON and renderers never touch the database.

export interface ExportVerdict {
  label: string;
  /** #rrggbb */
  color: string;
  /** ClaimReview ratingValue; 0 = no numeric rating. */
  value: number;
  description: string | null;
}

/** A claim's source as the reports show it: the claim panel's SourceDTO without its ids. */
export type ExportSource = Omit<SourceDTO, "id" | "position">;

export interface ExportReview {
  reviewer: string;
  decision: "approved" | "changes_requested";
  round: number;
  comment: string | null;
  /** The reviewer's own verdict when they recorded one. */
  independentVerdict: string | null;
  createdAt: string;
}

export interface ExportClaim {
  id: string;
  /** 1-based, in document order (orphans last); the `#claim-N` anchor. */
  number: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Code points of article.plainText, end exclusive. */
  start: number;
  end: number;
  anchored: boolean;
  normalizedText: string | null;
  verdict: ExportVerdict | null;
  rationale: DocNodeJSON | null;
  tags: string[];
  status: ClaimStatus;
  sources: ExportSource[];
  reviews: ExportReview[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface ExportModel {
  article: {
    id: string;
    title: string;
    byline: string | null;
    sourceUrl: string | null;
    publishedAt: string | null;
    plainText: string;
    createdAt: string;
    updatedAt: string;
    createdBy: string;
  };
  workspace: { slug: string; name: string };
  /** The scale's best and worst numeric values (ClaimReview bestRating/worstRating). */
  scale: { bestRating: number; worstRating: number };
  claims: ExportClaim[];
  approvedOnly: boolean;
  exportedAt: string;
  /** Absolute URLs the exports point at. */
  urls: {
    /** The app's origin, e.g. https://factdesk.example.org */
    base: string;
    /** The article page in the app. */
    article: string;
    /** The HTML report (claims are `#claim-N` in it). */
    report: string;
  };
}
