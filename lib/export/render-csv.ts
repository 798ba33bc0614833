import { rationaleToText } from "./rationale-to-text";
import { claimText, reviewerNames, statusLabel } from "./report-text";
import type { ExportModel } from "./types";

const HEADER = [
  "number", "claim_id", "claim", "quote", "verdict", "verdict_value", "status", "rationale", "sources",
  "reviewers", "checked_by", "created_at", "approved_at", "start", "end", "anchored", "url",
];

/**
 * One row per claim, RFC 4180 (CRLF, fields quoted when needed, quotes doubled). Cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading "'".
 */
export function renderCsv(model: ExportModel): string {
  const rows = model.claims.map((claim) => [
    String(claim.number),
    claim.id,
    claimText(claim),
    claim.exact,
    claim.verdict?.label ?? "",
    claim.verdict && claim.verdict.value > 0 ? String(claim.verdict.value) : "",
    statusLabel(claim),
    rationaleToText(claim.rationale),
    claim.sources.map((source) => `${source.title} <${source.url}> (${source.stance})`).join("\n"),
    reviewerNames(claim).join(", "),
    claim.createdBy,
    claim.createdAt,
    claim.approvedAt ?? "",
    String(claim.start),
    String(claim.end),
    claim.anchored ? "yes" : "no",
    `${model.urls.report}#claim-${claim.number}`,
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** One CSV field: formula-guarded, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
