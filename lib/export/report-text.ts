import { STATUS_LABELS } from "@/lib/claims/types";
import type { ExportClaim } from "./types";

/** The claim as checked: the normalized wording when there is one, else the quote. */
export function claimText(claim: ExportClaim): string {
  return claim.normalizedText?.trim() || claim.exact;
}

/** Reviewers' names, each once, in review order. */
export function reviewerNames(claim: ExportClaim): string[] {
  return [...new Set(claim.reviews.map((review) => review.reviewer))];
}

/** "Approved", "Submitted for review"… */
export function statusLabel(claim: ExportClaim): string {
  return STATUS_LABELS[claim.status];
}

/** A date as yyyy-mm-dd (UTC). */
export function isoDay(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : "";
}

/** A file name for the article: its title's ASCII words, or "article". */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "article";
}

/** A #rrggbb colour, or grey when the stored value is anything else (it reaches CSS and PDF). */
export function safeColor(color: string | null | undefined): string {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : "#8a8f98";
}
