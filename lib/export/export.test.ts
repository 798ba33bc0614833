import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createAnnotatedArticle, createTestUser } from "@/test/factories";
import { csvCell, renderCsv } from "./render-csv";
import { getArticleExport } from "./get-article-export";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";
import type { ExportModel } from "./types";

const PAYLOAD = `<img src=x onerror=alert(1)></script><script>alert(2)</script>`;
let fixture: Awaited<ReturnType<typeof createAnnotatedArticle>>;
let model: ExportModel;

beforeAll(async () => {
  fixture = await createAnnotatedArticle({ hostile: PAYLOAD });
  model = await getArticleExport(fixture.owner.id, fixture.slug, fixture.article.articleId, { baseUrl: "https://factdesk.example.org" });
});

describe("export access", () => {
  it("lets a viewer export and hides the article from non-members", async () => {
    const { user: viewer } = await createTestUser("Vera Viewer");
    await addMember(fixture.workspace.id, viewer.id, "viewer");
    const seen = await getArticleExport(viewer.id, fixture.slug, fixture.article.articleId, { baseUrl: "http://localhost" });
    expect(seen.claims).toHaveLength(3);
    const { user: stranger } = await createTestUser("Stan Stranger");
    await expect(getArticleExport(stranger.id, fixture.slug, fixture.article.articleId, { baseUrl: "http://localhost" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports only approved claims when asked, and never deleted ones", async () => {
    await db.claim.update({ where: { id: fixture.claims[2] }, data: { deletedAt: new Date() } });
    const all = await getArticleExport(fixture.owner.id, fixture.slug, fixture.article.articleId, { baseUrl: "http://localhost" });
    expect(all.claims.map((claim) => claim.status)).toEqual(["approved", "approved"]);
    await db.claim.update({ where: { id: fixture.claims[2] }, data: { deletedAt: null } });
    const approved = await getArticleExport(fixture.owner.id, fixture.slug, fixture.article.articleId, { baseUrl: "http://localhost", approvedOnly: true });
    expect(approved.claims).toHaveLength(2);
    expect(approved.approvedOnly).toBe(true);
  });
});

describe("HTML report", () => {
  it("loads nothing from elsewhere: no scripts, no stylesheets, no remote URLs but the article's and sources' links", () => {
    const html = renderHtml(model);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b|<iframe\b|@import|url\(/i);
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>|style="([^"]*)"/g)].map((match) => match[1] ?? match[2]).join("\n");
    expect(css).not.toMatch(/https?:/);
    const links = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]).filter((href) => !href.startsWith("#"));
    const allowed = new Set(["https://news.example.org/economy", "https://stats.example.org/table", ...model.claims.flatMap((claim) => claim.sources.map((source) => new URL(source.url).href))]);
    expect(links.filter((href) => !allowed.has(href))).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it("shows payloads in titles, rationales and sources as text", () => {
    const html = renderHtml(model);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const jsonLd = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1];
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd)).toHaveLength(2);
  });

  it("numbers and highlights each claim in its verdict colour, with a note per claim", () => {
    const html = renderHtml(model);
    expect(html).toMatch(/<mark class="claim" data-claim="1" style="--c:#dc2626"[^>]*>Unemployment fell to 3 percent<\/mark><sup class="ref"><a href="#claim-1"/);
    expect(html).toContain(`id="claim-3"`);
    expect(html).toContain("Exports doubled 🚢");
    expect(html).toMatch(/<th scope="col">Verdict<\/th>/);
  });
});

describe("CSV, Markdown and JSON", () => {
  it("quotes per RFC 4180 and defuses formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("a,b")).toBe(`"a,b"`);
    expect(csvCell("plain")).toBe("plain");
    const csv = renderCsv({ ...model, claims: [{ ...model.claims[0], normalizedText: "=1+2" }] });
    const [header, row] = csv.split("\r\n");
    expect(header.split(",")[0]).toBe("number");
    expect(row).toContain(",'=1+2,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes a versioned JSON document and Markdown with escaped text", () => {
    const json = JSON.parse(renderJson(model));
    expect(json).toMatchObject({ format: "factdesk.article-report", version: 1 });
    expect(json.claims[0]).toMatchObject({ number: 1, verdict: { label: "False" }, selector: { start: 0 } });
    const markdown = renderMarkdown(model);
    expect(markdown).toContain("\\<img src=x onerror=alert\\(1\\)\\>");
    expect(markdown).toContain("| [1](#claim-1) |");
  });
});

describe("PDF report", () => {
  it("has real text with the claim, verdict and sources, on numbered pages", async () => {
    const pdf = await renderPdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Unemployment fell to 3 percent");
    expect(text).toContain("False");
    expect(text).toContain("Source 1");
    expect(text).toContain("Stats Office");
    expect(text).toContain(`page 1 of ${totalPages}`);
  });

  it("does not crash on text outside Latin-1", async () => {
    const pdf = await renderPdf({ ...model, article: { ...model.article, title: "Заявление 声明 🚢 بيان" } });
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
