import PDFDocument from "pdfkit";
import { highlightSegments } from "./highlight-segments";
import { setUpPdfFonts } from "./pdf-fonts";
import { rationaleToText } from "./rationale-to-text";
import { claimText, isoDay, reviewerNames, safeColor, statusLabel } from "./report-text";
import { safeLink, WEB_PROTOCOLS } from "./safe-link";
import type { ExportClaim, ExportModel } from "./types";

const INK = "#1d2127";
const MUTED = "#5b636e";
const LINE = "#d9dde3";
const MARGIN = 56;

type Doc = PDFKit.PDFDocument;
type HighlightOptions = PDFKit.Mixins.TextOptions & { highlight?: string; textWidth?: number; wordCount?: number };

/**
 * The report as a PDF (A4, real text, numbered pages): summary table, the article with each
 * claim on a translucent background of its verdict colour, underlined, followed by its
 * marker [N], then the claim notes as endnotes. Fonts: see setUpPdfFonts (non-Latin text is
 * drawn with DejaVu when installed, else replaced by "?").
 */
export function renderPdf(model: ExportModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: "Times-Roman",
    info: { Title: model.article.title, Author: model.workspace.name, Subject: "Fact-check report", Creator: "Factdesk" },
  });
  setUpPdfFonts(doc);
  drawHighlights(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  header(doc, model);
  summary(doc, model.claims);
  articleText(doc, model);
  notes(doc, model.claims);
  pageNumbers(doc, model.article.title);
  doc.end();
  return done;
}

function width(doc: Doc) {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function header(doc: Doc, model: ExportModel) {
  const { article } = model;
  doc.font("bold").fontSize(20).fillColor(INK).text(article.title);
  const meta = [article.byline, article.publishedAt && `Published ${isoDay(article.publishedAt)}`, `Checked by ${model.workspace.name}`, `Exported ${isoDay(model.exportedAt)}`];
  doc.moveDown(0.3).font("sans").fontSize(9).fillColor(MUTED).text(meta.filter(Boolean).join(" · "));
  const source = safeLink(article.sourceUrl, WEB_PROTOCOLS);
  if (source) doc.fillColor("#1f5fbf").text(source, { link: source });
  if (model.approvedOnly) doc.fillColor(MUTED).text("Approved claims only.");
  doc.moveDown(1);
}

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.x = MARGIN;
  doc.font("bold").fontSize(13).fillColor(INK).text(text);
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width(doc), y).lineWidth(0.5).strokeColor(LINE).stroke();
  doc.moveDown(0.6);
}

const COLUMNS = [
  { title: "#", width: 24 },
  { title: "Claim", width: 215 },
  { title: "Verdict", width: 95 },
  { title: "Status", width: 70 },
  { title: "Reviewers", width: 79 },
];

function summary(doc: Doc, claims: ExportClaim[]) {
  heading(doc, `Summary: ${claims.length} ${claims.length === 1 ? "claim" : "claims"}`);
  if (claims.length === 0) {
    doc.font("sans").fontSize(10).fillColor(MUTED).text("No claims to report.");
    return;
  }
  const row = (cells: string[], bold: boolean, claim?: ExportClaim) => {
    doc.font(bold ? "bold" : "sans").fontSize(8.5);
    const heights = cells.map((cell, index) => doc.heightOfString(cell, { width: COLUMNS[index].width - 8 - (index === 2 && claim?.verdict ? 10 : 0) }));
    const height = Math.max(...heights) + 8;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!bold) row(COLUMNS.map((column) => column.title), true);
    }
    const top = doc.y;
    if (bold) doc.rect(MARGIN, top, width(doc), height).fill("#f4f5f7");
    let x = MARGIN;
    cells.forEach((cell, index) => {
      let textX = x + 4;
      if (index === 2 && claim?.verdict) {
        doc.rect(textX, top + 5.5, 7, 7).fill(safeColor(claim.verdict.color));
        textX += 10;
      }
      doc.font(bold ? "bold" : "sans").fontSize(8.5).fillColor(INK).text(cell, textX, top + 4, { width: COLUMNS[index].width - 8 - (textX - x - 4) });
      x += COLUMNS[index].width;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width(doc), top + height).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  row(COLUMNS.map((column) => column.title), true);
  for (const claim of claims) {
    row([String(claim.number), claimText(claim), claim.verdict?.label ?? "No verdict yet", statusLabel(claim), reviewerNames(claim).join(", ") || "—"], false, claim);
  }
  doc.moveDown(1);
}

function articleText(doc: Doc, model: ExportModel) {
  heading(doc, "Article");
  const paragraphs = highlightSegments(model.article.plainText, model.claims);
  for (const segments of paragraphs) {
    if (segments.length === 0) continue;
    doc.x = MARGIN;
    const pieces: { text: string; font: string; size: number; highlight?: string; goTo?: string }[] = [];
    for (const segment of segments) {
      pieces.push({ text: segment.text, font: "serif", size: 10.5, highlight: segment.claim ? safeColor(segment.claim.verdict?.color) : undefined });
      for (const claim of segment.endingClaims) pieces.push({ text: `[${claim.number}]`, font: "bold", size: 7.5, goTo: `claim-${claim.number}` });
    }
    pieces.forEach((piece, index) => {
      // pdfkit carries options of continued text over unless set: "" and null end them.
      const options: HighlightOptions = { continued: index < pieces.length - 1, width: width(doc), lineGap: 2.5, highlight: piece.highlight ?? "", goTo: piece.goTo ?? null! };
      doc.font(piece.font).fontSize(piece.size).fillColor(piece.goTo ? MUTED : INK).text(piece.text, options);
    });
    doc.moveDown(0.6);
  }
}

function notes(doc: Doc, claims: ExportClaim[]) {
  if (claims.length === 0) return;
  doc.moveDown(0.5);
  heading(doc, "Claim notes");
  for (const claim of claims) {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
    const color = safeColor(claim.verdict?.color);
    const top = doc.y;
    doc.x = MARGIN + 10;
    const inner = width(doc) - 10;
    doc.addNamedDestination(`claim-${claim.number}`, "XYZ", MARGIN, top, null);
    doc.font("bold").fontSize(10).fillColor(INK).text(`[${claim.number}] `, { continued: true, width: inner });
    doc.fillColor(color).text(claim.verdict?.label ?? "No verdict yet", { width: inner });
    doc.font("sans").fontSize(9).fillColor(INK).text(`Claim: ${claimText(claim)}`, { width: inner });
    if (claim.normalizedText) doc.fillColor(MUTED).text(`Quote: “${claim.exact}”`, { width: inner });
    if (!claim.anchored) doc.fillColor(MUTED).text("This quote is no longer found in the article text.", { width: inner });
    const rationale = rationaleToText(claim.rationale);
    if (rationale) doc.moveDown(0.2).font("serif").fontSize(9.5).fillColor(INK).text(rationale, { width: inner });
    doc.font("sans").fontSize(8.5);
    for (const source of claim.sources) {
      const href = safeLink(source.url, WEB_PROTOCOLS);
      doc.fillColor(MUTED).text(`Source (${source.stance}): `, { continued: true, width: inner });
      doc.fillColor("#1f5fbf").text(source.title, { continued: true, ...(href ? { link: href } : {}) });
      doc.fillColor(MUTED).text(`${source.publisher ? ` — ${source.publisher}` : ""} ${source.url}`, { link: null });
    }
    const people = [`Status: ${statusLabel(claim)}${claim.approvedAt ? ` (approved ${isoDay(claim.approvedAt)})` : ""}`, `checked by ${claim.createdBy} ${isoDay(claim.createdAt)}`];
    for (const review of claim.reviews) people.push(`${review.decision === "approved" ? "approved" : "changes requested"} by ${review.reviewer} ${isoDay(review.createdAt)}`);
    doc.fillColor(MUTED).text(people.join(" · "), { width: inner });
    // The colour bar beside the note; a note split across pages keeps its text but no bar.
    if (doc.y > top) doc.save().rect(MARGIN, top, 3, doc.y - top).fill(color).restore();
    doc.x = MARGIN;
    doc.moveDown(0.8);
  }
}

function pageNumbers(doc: Doc, title: string) {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font("sans").fontSize(8).fillColor(MUTED);
    doc.text(`${title.slice(0, 80)} — page ${index + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 4, { width: width(doc), align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

// pdfkit draws no background behind text runs; wrap its per-line fragment renderer so text
// with a `highlight` colour gets a translucent box and an underline in that colour.
function drawHighlights(doc: Doc) {
  const target = doc as unknown as { _fragment?: (text: string, x: number, y: number, options: HighlightOptions) => void };
  const original = target._fragment;
  if (typeof original !== "function") return;
  target._fragment = function (this: Doc, text, x, y, options) {
    if (options.highlight && text.replace(/\n/g, "").length) {
      // The line wrapper passes each fragment's measured width; measure only when it does not.
      const w = options.textWidth ?? this.widthOfString(text.replace(/\n/g, ""), options);
      const h = this.currentLineHeight(true);
      // fill() also changes the colour pdfkit re-applies on a new page: keep the text's.
      const state = this as unknown as { _fillColor: unknown };
      const textColor = state._fillColor;
      this.save().fillOpacity(0.28).rect(x, y - 0.5, w, h).fill(options.highlight).restore();
      this.save().rect(x, y + h - 1.2, w, 1).fill(options.highlight).restore();
      state._fillColor = textColor;
    }
    original.call(this, text, x, y, options);
  };
}
