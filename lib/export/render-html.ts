import { escapeHtml } from "./escape-html";
import { highlightSegments } from "./highlight-segments";
import { rationaleToHtml } from "./rationale-to-html";
import { claimText, isoDay, reviewerNames, safeColor, statusLabel } from "./report-text";
import { REPORT_CSS } from "./report-styles";
import { safeLink, WEB_PROTOCOLS } from "./safe-link";
import { toClaimReviews } from "./to-claim-reviews";
import type { ExportClaim, ExportModel } from "./types";

// Nothing may load or run: inline styles only. JSON-LD data blocks are not scripts to run.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The annotated report as one standalone HTML page: summary table, the article with each claim
 * highlighted in its verdict colour and numbered, a note per claim (`#claim-N`), and the
 * approved claims' ClaimReview JSON-LD. No external resources; every stored text is escaped.
 */
export function renderHtml(model: ExportModel): string {
  const { article } = model;
  const jsonLd = toClaimReviews(model);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(article.title)} — fact-check report</title>
<style>${REPORT_CSS}</style>
${jsonLd.length ? `<script type="application/ld+json">${jsonForScript(jsonLd.length === 1 ? jsonLd[0] : jsonLd)}</script>` : ""}
</head>
<body>
<main>
<header>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${metaLine(model)}</p>
${model.approvedOnly ? `<p class="notice">Approved claims only.</p>` : ""}
</header>
<section aria-labelledby="summary-title">
<h2 id="summary-title">Summary: ${model.claims.length} ${model.claims.length === 1 ? "claim" : "claims"}</h2>
${summaryTable(model.claims)}
</section>
<section aria-labelledby="article-title" class="article">
<h2 id="article-title">Article</h2>
${articleBody(model)}
</section>
<section aria-labelledby="notes-title">
<h2 id="notes-title">Claims</h2>
${model.claims.map(claimNote).join("\n")}
</section>
<footer>Exported from Factdesk (${escapeHtml(model.workspace.name)}) on ${isoDay(model.exportedAt)}.</footer>
</main>
</body>
</html>
`;
}

function metaLine(model: ExportModel): string {
  const { article } = model;
  const parts = [
    article.byline ? escapeHtml(article.byline) : "",
    article.publishedAt ? `Published <time datetime="${escapeHtml(isoDay(article.publishedAt))}">${isoDay(article.publishedAt)}</time>` : "",
    link(article.sourceUrl, article.sourceUrl ?? ""),
    `Checked by ${escapeHtml(model.workspace.name)}`,
  ];
  return parts.filter(Boolean).map((part) => `<span>${part}</span>`).join("");
}

function summaryTable(claims: ExportClaim[]): string {
  if (claims.length === 0) return `<p class="notice">No claims${""} to report.</p>`;
  const rows = claims.map(
    (claim) => `<tr><td class="num"><a href="#claim-${claim.number}">${claim.number}</a></td><td>${escapeHtml(claimText(claim))}</td><td>${verdictCell(claim)}</td><td>${escapeHtml(statusLabel(claim))}</td><td>${escapeHtml(reviewerNames(claim).join(", ")) || "—"}</td></tr>`,
  );
  return `<table><thead><tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Verdict</th><th scope="col">Status</th><th scope="col">Reviewers</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}

function verdictCell(claim: ExportClaim): string {
  if (!claim.verdict) return "No verdict yet";
  return `<span class="swatch" style="background:${safeColor(claim.verdict.color)}"></span>${escapeHtml(claim.verdict.label)}`;
}

function articleBody(model: ExportModel): string {
  const paragraphs = highlightSegments(model.article.plainText, model.claims);
  return paragraphs
    .map((segments) => {
      const html = segments
        .map((segment) => {
          const text = escapeHtml(segment.text);
          const marked = segment.claim
            ? `<mark class="claim" data-claim="${segment.claim.number}" style="--c:${safeColor(segment.claim.verdict?.color)}" title="${escapeHtml(`Claim ${segment.claim.number}: ${segment.claim.verdict?.label ?? "no verdict yet"}`)}">${text}</mark>`
            : text;
          const refs = segment.endingClaims.map((claim) => `<sup class="ref"><a href="#claim-${claim.number}" aria-label="Claim ${claim.number}">${claim.number}</a></sup>`).join("");
          return marked + refs;
        })
        .join("");
      return html ? `<p>${html}</p>` : "";
    })
    .join("\n");
}

function claimNote(claim: ExportClaim): string {
  const color = safeColor(claim.verdict?.color);
  const rationale = rationaleToHtml(claim.rationale);
  const details: [string, string][] = [
    ["Status", escapeHtml(statusLabel(claim)) + (claim.approvedAt ? ` (approved ${isoDay(claim.approvedAt)})` : "")],
    ["Checked by", `${escapeHtml(claim.createdBy)}, ${isoDay(claim.createdAt)}`],
  ];
  if (claim.reviews.length) {
    details.push(["Reviews", claim.reviews.map((review) => `${escapeHtml(review.reviewer)}: ${review.decision === "approved" ? "approved" : "changes requested"} ${isoDay(review.createdAt)}${review.independentVerdict ? ` (own verdict: ${escapeHtml(review.independentVerdict)})` : ""}`).join("<br>")]);
  }
  if (claim.tags.length) details.push(["Tags", escapeHtml(claim.tags.join(", "))]);
  const sources = claim.sources.length
    ? `<ul class="sources">${claim.sources.map((source) => `<li>${link(source.url, source.title)} <span class="stance">${escapeHtml(source.stance)}</span>${source.publisher ? ` — ${escapeHtml(source.publisher)}` : ""}${source.publishedAt ? `, ${escapeHtml(source.publishedAt)}` : ""}${source.excerpt ? `<br><q>${escapeHtml(source.excerpt)}</q>` : ""}</li>`).join("")}</ul>`
    : "None recorded";
  details.push(["Sources", sources]);
  return `<article class="note" id="claim-${claim.number}" style="--c:${color}">
<h3>${claim.number}. <span class="verdict">${escapeHtml(claim.verdict?.label ?? "No verdict yet")}</span></h3>
<p><strong>Claim:</strong> ${escapeHtml(claimText(claim))}</p>
${claim.normalizedText ? `<blockquote>${escapeHtml(claim.exact)}</blockquote>` : ""}
${claim.anchored ? "" : `<p class="notice">This quote is no longer found in the article text.</p>`}
${rationale ? `<div class="rationale">${rationale}</div>` : ""}
<dl>${details.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("")}</dl>
</article>`;
}

function link(url: string | null | undefined, text: string): string {
  const href = safeLink(url, WEB_PROTOCOLS);
  if (!href) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

// Inside <script>, "</script" or "<!--" would end or confuse the block: escape every "<".
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
