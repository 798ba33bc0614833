import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";
import { toClaimReviews } from "./to-claim-reviews";
import { toWebAnnotations } from "./to-web-annotations";
import type { ExportModel } from "./types";

export interface ExportFormat {
  label: string;
  extension: string;
  contentType: string;
  render(model: ExportModel): string | Promise<Buffer>;
}

/** Every format of the article export, by its `?format=` name. */
export const EXPORT_FORMATS = {
  html: { label: "HTML report", extension: "html", contentType: "text/html; charset=utf-8", render: renderHtml },
  pdf: { label: "PDF report", extension: "pdf", contentType: "application/pdf", render: renderPdf },
  md: { label: "Markdown", extension: "md", contentType: "text/markdown; charset=utf-8", render: renderMarkdown },
  json: { label: "JSON", extension: "json", contentType: "application/json; charset=utf-8", render: renderJson },
  csv: { label: "CSV (one row per claim)", extension: "csv", contentType: "text/csv; charset=utf-8; header=present", render: renderCsv },
  claimreview: {
    label: "ClaimReview JSON-LD (approved claims)",
    extension: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    render: (model) => `${JSON.stringify(toClaimReviews(model), null, 2)}\n`,
  },
  w3c: {
    label: "W3C Web Annotations (JSON-LD)",
    extension: "annotations.jsonld",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    render: (model) => `${JSON.stringify(toWebAnnotations(model), null, 2)}\n`,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** Whether a query value names an export format. */
export function isExportFormat(value: string | null): value is ExportFormatName {
  return value !== null && Object.hasOwn(EXPORT_FORMATS, value);
}
