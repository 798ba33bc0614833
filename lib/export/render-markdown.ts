import { rationaleToText } from "./rationale-to-text";
import { claimText, isoDay, reviewerNames, statusLabel } from "./report-text";
import { safeLink, WEB_PROTOCOLS } from "./safe-link";
import type { ExportClaim, ExportModel } from "./types";

/** The report as Markdown (CommonMark + GFM tables): summary, then one section per claim. */
export function renderMarkdown(model: ExportModel): string {
  const { article } = model;
  const lines = [`# ${md(article.title)}`, ""];
  const meta = [article.byline && md(article.byline), article.publishedAt && `Published ${isoDay(article.publishedAt)}`, mdLink(article.sourceUrl, article.sourceUrl ?? "")];
  lines.push(meta.filter(Boolean).join(" · "), "", `Checked by ${md(model.workspace.name)}; exported ${isoDay(model.exportedAt)}${model.approvedOnly ? " (approved claims only)" : ""}.`, "");
  lines.push("## Summary", "");
  if (model.claims.length === 0) lines.push("No claims to report.", "");
  else {
    lines.push("| # | Claim | Verdict | Status | Reviewers |", "|---|---|---|---|---|");
    for (const claim of model.claims) {
      lines.push(`| [${claim.number}](#claim-${claim.number}) | ${cell(claimText(claim))} | ${cell(claim.verdict?.label ?? "No verdict yet")} | ${statusLabel(claim)} | ${cell(reviewerNames(claim).join(", ") || "—")} |`);
    }
    lines.push("");
  }
  lines.push("## Claims", "");
  for (const claim of model.claims) lines.push(...claimSection(claim));
  return lines.join("\n");
}

function claimSection(claim: ExportClaim): string[] {
  const lines = [`<a id="claim-${claim.number}"></a>`, `### ${claim.number}. ${md(claim.verdict?.label ?? "No verdict yet")}`, ""];
  lines.push(`**Claim:** ${md(claimText(claim))}`, "");
  if (claim.normalizedText) lines.push(`> ${md(claim.exact).replace(/\n/g, "\n> ")}`, "");
  if (!claim.anchored) lines.push("_This quote is no longer found in the article text._", "");
  const rationale = rationaleToText(claim.rationale);
  if (rationale) lines.push(md(rationale).replace(/^(\s*)• /gm, "$1- "), "");
  lines.push(`- Status: ${statusLabel(claim)}${claim.approvedAt ? ` (approved ${isoDay(claim.approvedAt)})` : ""}`);
  lines.push(`- Checked by: ${md(claim.createdBy)}, ${isoDay(claim.createdAt)}`);
  for (const review of claim.reviews) {
    lines.push(`- Review: ${md(review.reviewer)}, ${review.decision === "approved" ? "approved" : "changes requested"} ${isoDay(review.createdAt)}`);
  }
  if (claim.sources.length) {
    lines.push("- Sources:");
    for (const source of claim.sources) lines.push(`  - ${mdLink(source.url, source.title)} (${source.stance})${source.publisher ? ` — ${md(source.publisher)}` : ""}`);
  }
  lines.push("");
  return lines;
}

// Stored text is data, not Markdown: escape what would become markup (including raw HTML).
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, "\\$&").replace(/^(\s*)([-=]|\d+\.)(\s)/gm, "$1\\$2$3");
}

function cell(text: string): string {
  return md(text).replace(/\r?\n/g, " ");
}

function mdLink(url: string | null | undefined, text: string): string {
  const href = safeLink(url, WEB_PROTOCOLS);
  return href ? `[${md(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : md(text);
}
