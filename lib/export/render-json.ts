import { rationaleToHtml } from "./rationale-to-html";
import { rationaleToText } from "./rationale-to-text";
import type { ExportModel } from "./types";

/** Bumped on any breaking change of the shape below. */
export const REPORT_JSON_VERSION = 1;

/**
 * The report as JSON. Stable shape, version 1:
 * {
 *   format: "factdesk.article-report", version: 1, exportedAt, approvedOnly,
 *   workspace: { slug, name }, scale: { bestRating, worstRating },
 *   article: { id, title, byline, sourceUrl, publishedAt, createdAt, updatedAt, createdBy, url, plainText },
 *   claims: [{ number, id, url, status, anchored,
 *     selector: { exact, prefix, suffix, start, end }   // start/end: code points of article.plainText
 *     normalizedText, verdict: { label, color, value, description } | null,
 *     rationale: { text, html, doc },                    // doc: the stored Tiptap JSON
 *     tags, sources: [{ url, title, publisher, publishedAt, excerpt, stance }],
 *     reviews: [{ reviewer, decision, round, comment, independentVerdict, createdAt }],
 *     createdBy, createdAt, updatedAt, submittedAt, approvedAt }]
 * }
 * Dates are ISO 8601 strings (source dates yyyy-mm-dd); absent values are null, never missing.
 */
export function renderJson(model: ExportModel): string {
  const report = {
    format: "factdesk.article-report",
    version: REPORT_JSON_VERSION,
    exportedAt: model.exportedAt,
    approvedOnly: model.approvedOnly,
    workspace: model.workspace,
    scale: model.scale,
    article: { ...model.article, url: model.urls.article },
    claims: model.claims.map((claim) => ({
      number: claim.number,
      id: claim.id,
      url: `${model.urls.report}#claim-${claim.number}`,
      status: claim.status,
      anchored: claim.anchored,
      selector: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end },
      normalizedText: claim.normalizedText,
      verdict: claim.verdict,
      rationale: claim.rationale ? { text: rationaleToText(claim.rationale), html: rationaleToHtml(claim.rationale), doc: claim.rationale } : null,
      tags: claim.tags,
      sources: claim.sources,
      reviews: claim.reviews,
      createdBy: claim.createdBy,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      submittedAt: claim.submittedAt,
      approvedAt: claim.approvedAt,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
