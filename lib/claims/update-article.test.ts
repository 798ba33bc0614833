import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { getClaim } from "./queries";
import { act, unwrap } from "./test-actions";

const PARAGRAPHS = [
  "The governor announced on Monday that the state had created 40,000 jobs since January.",
  "According to the labour department, manufacturing employment rose by twelve percent in a single quarter.",
  "Opposition leaders questioned the figures and called for an independent audit of the statistics office.",
];

/** An article with three annotated claims, one carrying a rating, tags, a rationale and a source. */
async function annotatedArticle() {
  const { user, workspace } = await createTestUser("Article Editor");
  const article = await createTestArticle(user.id, workspace.slug, PARAGRAPHS.join("\n"));
  const slug = workspace.slug;
  const claim = async (quote: string) => unwrap(await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }));
  const jobs = await claim("the state had created 40,000 jobs since January");
  const manufacturing = await claim("manufacturing employment rose by twelve percent in a single quarter");
  const audit = await claim("called for an independent audit of the statistics office");
  const label = await db.ratingLabel.findFirstOrThrow({ where: { workspaceId: workspace.id, label: "Half true" } });
  const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Seasonal hiring explains most of it." }] }] };
  unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: jobs.id, version: 1, patch: { ratingLabelId: label.id, tags: ["jobs"], rationale, normalizedText: "40,000 jobs created" } }));
  unwrap(await act.addSource(user.id, { workspaceSlug: slug, claimId: jobs.id, version: 2, source: { url: "https://labour.example.gov/q1", title: "Q1 report", stance: "context" } }));
  const edit = (paragraphs: string[], extra: Record<string, unknown> = {}) =>
    act.updateArticle(user.id, { workspaceSlug: slug, articleId: article.articleId, version: article.version, content: plainTextToDoc(paragraphs.join("\n")), ...extra });
  return { user, slug, article, label, rationale, jobs, manufacturing, audit, edit };
}

describe("updateArticle", () => {
  it("moves claims with their data when a paragraph is inserted before them", async () => {
    const { user, slug, jobs, manufacturing, label, rationale, edit } = await annotatedArticle();
    const inserted = "Editor's note: this article was updated on Tuesday.";
    const view = unwrap(await edit([inserted, ...PARAGRAPHS]));
    const shift = inserted.length + 1;
    const moved = view.claims.find((claim) => claim.id === jobs.id)!;
    expect(moved).toMatchObject({
      anchorStatus: "anchored",
      exact: jobs.exact,
      start: jobs.start + shift,
      end: jobs.end + shift,
      ratingLabelId: label.id,
      normalizedText: "40,000 jobs created",
      sourceCount: 1,
      version: 4,
    });
    // The view lists summaries; the claim's details moved with it.
    expect(await getClaim(user.id, { workspaceSlug: slug, claimId: jobs.id })).toMatchObject({
      start: jobs.start + shift,
      tags: ["jobs"],
      rationale,
      sources: [expect.objectContaining({ title: "Q1 report" })],
      version: 4,
    });
    expect(view.claims.find((claim) => claim.id === manufacturing.id)).toMatchObject({ start: manufacturing.start + shift, anchorStatus: "anchored" });
    expect(view.article.version).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id: view.article.id } })).plainText.startsWith(inserted)).toBe(true);
  });

  it("keeps a claim anchored, with the corrected quote, when a typo inside it is fixed", async () => {
    const { manufacturing, edit } = await annotatedArticle();
    const fixed = PARAGRAPHS[1].replace("labour", "labor").replace("twelve percent", "twelve per cent");
    const view = unwrap(await edit([PARAGRAPHS[0], fixed, PARAGRAPHS[2]]));
    const claim = view.claims.find((listed) => listed.id === manufacturing.id)!;
    expect(claim).toMatchObject({ anchorStatus: "anchored", exact: "manufacturing employment rose by twelve per cent in a single quarter", version: 2 });
    const { plainText } = await db.article.findUniqueOrThrow({ where: { id: view.article.id } });
    expect([...plainText].slice(claim.start, claim.end).join("")).toBe(claim.exact);
  });

  it("orphans a claim whose sentence is deleted, keeping its data, and re-anchors it when the text returns", async () => {
    const { jobs, audit, label, rationale, edit, slug, user, article } = await annotatedArticle();
    const view = unwrap(await edit(PARAGRAPHS.slice(1)));
    const orphan = view.claims.find((claim) => claim.id === jobs.id)!;
    expect(orphan).toMatchObject({ anchorStatus: "orphaned", exact: jobs.exact, start: jobs.start, ratingLabelId: label.id, sourceCount: 1 });
    expect(await getClaim(user.id, { workspaceSlug: slug, claimId: jobs.id })).toMatchObject({ anchorStatus: "orphaned", tags: ["jobs"], rationale, sources: [expect.objectContaining({ title: "Q1 report" })] });
    // Orphans are listed after the anchored claims.
    expect(view.claims.at(-1)?.id).toBe(jobs.id);
    expect(view.claims.find((claim) => claim.id === audit.id)?.anchorStatus).toBe("anchored");

    const restored = unwrap(await act.updateArticle(user.id, { workspaceSlug: slug, articleId: article.articleId, version: view.article.version, content: plainTextToDoc(PARAGRAPHS.join("\n")) }));
    expect(restored.claims.find((claim) => claim.id === jobs.id)).toMatchObject({ anchorStatus: "anchored", start: jobs.start, exact: jobs.exact });
    expect(await getClaim(user.id, { workspaceSlug: slug, claimId: jobs.id })).toMatchObject({ anchorStatus: "anchored", tags: ["jobs"] });
  });

  it("refuses a stale article version and leaves the text and claims as they were", async () => {
    const { edit, article, jobs } = await annotatedArticle();
    unwrap(await edit(PARAGRAPHS.slice(1)));
    const stale = await edit(["Something else entirely."]);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", error: "Someone else changed this article. Your edit was not saved; the latest version is shown." });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.articleId } });
    expect(stored.plainText).toBe(PARAGRAPHS.slice(1).join("\n"));
    expect(stored.version).toBe(2);
    expect((await db.claim.findUniqueOrThrow({ where: { id: jobs.id } })).anchorStatus).toBe("orphaned");
  });

  it("updates metadata alone without touching claims, and refuses content the editor cannot hold", async () => {
    const { user, slug, article, jobs } = await annotatedArticle();
    const base = { workspaceSlug: slug, articleId: article.articleId };
    const view = unwrap(await act.updateArticle(user.id, { ...base, version: 1, title: "Jobs report", byline: "", sourceUrl: "https://news.example.org/jobs", publishedAt: "2024-03-01" }));
    expect(view.article).toMatchObject({ title: "Jobs report", byline: null, sourceUrl: "https://news.example.org/jobs", version: 2 });
    expect(view.article.publishedAt?.startsWith("2024-03-01")).toBe(true);
    expect(view.claims.find((claim) => claim.id === jobs.id)?.version).toBe(3);

    const forged = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    for (const content of [forged, plainTextToDoc("   ")]) {
      expect(await act.updateArticle(user.id, { ...base, version: 2, content })).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { content: expect.any(Array) } });
    }
    expect(await act.updateArticle(user.id, { ...base, version: 2, sourceUrl: "javascript:alert(1)" })).toMatchObject({ ok: false, fieldErrors: { sourceUrl: expect.any(Array) } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.articleId } })).version).toBe(2);
  });
});
