import { rationaleToHtml } from "./rationale-to-html";
import { rationaleToText } from "./rationale-to-text";
import type { ExportClaim, ExportModel } from "./types";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface WebAnnotation {
  "@context": typeof CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator: { type: "Person"; name: string };
  generated: string;
  generator: { id: string; type: "Software"; name: string };
  body?: Record<string, unknown>[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

export interface WebAnnotationCollection {
  "@context": typeof CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

/**
 * The article's claims as W3C Web Annotations in one AnnotationCollection (a single embedded
 * AnnotationPage). Each claim: motivation "assessing", its TextQuote and TextPosition selectors
 * (code points of the article's plain text) on the article's source URL (the app's article URL
 * when it has none), and bodies for the verdict, the rationale (sanitized HTML) and each source.
 */
export function toWebAnnotations(model: ExportModel): WebAnnotationCollection {
  const items = model.claims.map((claim) => toAnnotation(model, claim));
  const id = `${model.urls.base}/api/w/${encodeURIComponent(model.workspace.slug)}/articles/${encodeURIComponent(model.article.id)}/export?format=w3c`;
  return {
    "@context": CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Claims checked in “${model.article.title}”`,
    total: items.length,
    first: { id: `${id}&page=0`, type: "AnnotationPage", startIndex: 0, items },
  };
}

function toAnnotation(model: ExportModel, claim: ExportClaim): WebAnnotation {
  const body: Record<string, unknown>[] = [];
  if (claim.verdict) {
    body.push({ type: "TextualBody", purpose: "assessing", value: claim.verdict.label, format: "text/plain", language: "en" });
  }
  const html = rationaleToText(claim.rationale) ? rationaleToHtml(claim.rationale) : "";
  if (html) {
    body.push({ type: "TextualBody", purpose: "commenting", value: html, format: "text/html" });
  } else if (claim.normalizedText) {
    body.push({ type: "TextualBody", purpose: "describing", value: claim.normalizedText, format: "text/plain" });
  }
  for (const source of claim.sources) {
    body.push({
      type: "SpecificResource",
      purpose: "linking",
      source: { id: source.url, type: "Text", format: "text/html", ...(source.title ? { title: source.title } : {}) },
    });
  }
  const quote: WebAnnotation["target"]["selector"][0] = { type: "TextQuoteSelector", exact: claim.exact };
  if (claim.prefix) quote.prefix = claim.prefix;
  if (claim.suffix) quote.suffix = claim.suffix;
  return {
    "@context": CONTEXT,
    id: `${model.urls.base}/annotations/${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { type: "Person", name: claim.createdBy },
    generated: model.exportedAt,
    generator: { id: model.urls.base, type: "Software", name: "Factdesk" },
    ...(body.length ? { body } : {}),
    target: {
      source: model.article.sourceUrl ?? model.urls.article,
      selector: [quote, { type: "TextPositionSelector", start: claim.start, end: claim.end }],
    },
  };
}
