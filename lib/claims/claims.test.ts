import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { getArticleAnnotationView } from "./queries";
import { act, unwrap } from "./test-actions";

const TEXT = "Officials said the bridge cost $2 billion.\nCritics 👍🏽 said the bridge was never finished.";

async function setup(name = "Claim Owner") {
  const { user, workspace } = await createTestUser(name);
  const article = await createTestArticle(user.id, workspace.slug, TEXT);
  const slug = workspace.slug;
  const create = async (quote: string) =>
    unwrap(await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }));
  return { user, workspace, slug, article, create };
}

describe("creating claims", () => {
  it("stores the selection with context recomputed on the server and lists it in the view", async () => {
    const { user, slug, article } = await setup();
    const anchor = { ...selectionOf(article.plainText, "the bridge was never finished"), prefix: "forged", suffix: "forged" };
    const claim = unwrap(await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor }));
    // Counted in code points: the emoji and its skin-tone modifier are two, not four UTF-16 units.
    expect(claim).toMatchObject({ exact: "the bridge was never finished", start: 59, end: 88, suffix: ".", anchorStatus: "anchored", version: 1 });
    expect(claim.prefix).toBe([...article.plainText].slice(59 - 32, 59).join(""));
    expect(claim).toMatchObject({ status: "open", tags: [], sources: [], rationale: null, ratingLabelId: null, createdBy: { id: user.id } });

    const view = await getArticleAnnotationView(user.id, slug, article.articleId);
    expect(view?.claims.map((listed) => listed.id)).toEqual([claim.id]);
    expect(view?.ratingScale.map((label) => label.label)).toEqual(["True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven"]);
    expect(view?.permissions).toEqual({ annotate: true, editArticle: true, manageScale: true });
  });

  it("refuses a selection that no longer matches the text, and stores nothing", async () => {
    const { user, slug, article } = await setup();
    const shifted = { ...selectionOf(article.plainText, "bridge cost"), exact: "bridge costs" };
    const pastEnd = { exact: "x", prefix: "", suffix: "", start: 5000, end: 5001 };
    for (const anchor of [shifted, pastEnd]) {
      const result = await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor });
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", error: "The selection no longer matches the article text; reload and select again." });
    }
    const empty = await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: { exact: "", prefix: "", suffix: "", start: 3, end: 3 } });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { "anchor.exact": expect.any(Array) } });
    expect(await db.claim.count({ where: { articleId: article.articleId } })).toBe(0);
  });

  it("lists claims in document order with orphans last", async () => {
    const { user, slug, article, create } = await setup();
    const second = await create("the bridge was never finished");
    const first = await create("the bridge cost $2 billion");
    const orphan = await create("Officials said");
    await db.claim.update({ where: { id: orphan.id }, data: { anchorStatus: "orphaned" } });
    const view = await getArticleAnnotationView(user.id, slug, article.articleId);
    expect(view?.claims.map((claim) => claim.id)).toEqual([first.id, second.id, orphan.id]);
  });
});

describe("editing claims", () => {
  it("saves each field, bumps the version and returns the fresh claim", async () => {
    const { user, workspace, slug, create } = await setup();
    const claim = await create("the bridge cost $2 billion");
    const label = await db.ratingLabel.findFirstOrThrow({ where: { workspaceId: workspace.id, label: "Mostly false" } });
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Budget documents say ", marks: [{ type: "bold" }] }, { type: "text", text: "$1.4 billion", marks: [{ type: "link", attrs: { href: "https://budget.example.org/2016" } }] }] }] };
    const updated = unwrap(
      await act.updateClaim(user.id, {
        workspaceSlug: slug,
        claimId: claim.id,
        version: 1,
        patch: { normalizedText: "  The bridge cost $2 billion.  ", ratingLabelId: label.id, rationale, tags: [" budget ", "Budget", "bridges"], status: "in_progress" },
      }),
    );
    expect(updated).toMatchObject({ version: 2, normalizedText: "The bridge cost $2 billion.", ratingLabelId: label.id, tags: ["budget", "bridges"], status: "in_progress" });
    expect(updated.rationale?.content?.[0].content?.[1].marks?.[0].attrs?.href).toBe("https://budget.example.org/2016");

    const cleared = unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 2, patch: { normalizedText: "", ratingLabelId: null, rationale: null } }));
    expect(cleared).toMatchObject({ version: 3, normalizedText: null, ratingLabelId: null, rationale: null, tags: ["budget", "bridges"] });
  });

  it("answers invalid edits with field errors and changes nothing", async () => {
    const { user, slug, create } = await setup();
    const { workspace: otherWorkspace } = await createTestUser("Other Scale");
    const foreignLabel = await db.ratingLabel.findFirstOrThrow({ where: { workspaceId: otherWorkspace.id } });
    const claim = await create("the bridge cost $2 billion");
    const attempts = [
      [{ normalizedText: "x".repeat(1001) }, "patch.normalizedText"],
      [{ tags: Array.from({ length: 21 }, (_, index) => `tag ${index}`) }, "patch.tags"],
      [{ tags: ["x".repeat(41)] }, "patch.tags.0"],
      [{ status: "approved" }, "patch.status"],
      [{ ratingLabelId: foreignLabel.id }, "patch.ratingLabelId"],
      [{ rationale: { type: "doc", content: [{ type: "heading", content: [{ type: "text", text: "H" }] }] } }, "patch.rationale"],
      [{}, "patch"],
    ] as const;
    for (const [patch, field] of attempts) {
      const result = await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch });
      expect(result, field).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { [field]: expect.any(Array) } });
    }
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version: 1, normalizedText: null, tags: [], status: "open", ratingLabelId: null, rationale: null });
  });
});

describe("deleting and restoring", () => {
  it("hides a deleted claim and brings it back unchanged on undo", async () => {
    const { user, slug, article, create } = await setup();
    const claim = await create("the bridge cost $2 billion");
    unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch: { tags: ["budget"] } }));
    expect(unwrap(await act.deleteClaim(user.id, { workspaceSlug: slug, claimId: claim.id }))).toEqual({ claimId: claim.id });
    expect((await getArticleAnnotationView(user.id, slug, article.articleId))?.claims).toEqual([]);
    // Edits of a deleted claim are refused.
    expect(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 3, patch: { tags: [] } })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const restored = unwrap(await act.restoreClaim(user.id, { workspaceSlug: slug, claimId: claim.id }));
    expect(restored).toMatchObject({ id: claim.id, tags: ["budget"], exact: "the bridge cost $2 billion", anchorStatus: "anchored" });
    expect((await getArticleAnnotationView(user.id, slug, article.articleId))?.claims.map((listed) => listed.id)).toEqual([claim.id]);
  });

  it("re-anchors a restored claim in text that changed while it was deleted", async () => {
    const { user, slug, article, create } = await setup();
    const claim = await create("the bridge was never finished");
    unwrap(await act.deleteClaim(user.id, { workspaceSlug: slug, claimId: claim.id }));
    const content = plainTextToDoc(`A new opening paragraph.\n${TEXT}`);
    unwrap(await act.updateArticle(user.id, { workspaceSlug: slug, articleId: article.articleId, version: article.version, content }));
    const restored = unwrap(await act.restoreClaim(user.id, { workspaceSlug: slug, claimId: claim.id }));
    expect(restored).toMatchObject({ exact: "the bridge was never finished", start: claim.start + "A new opening paragraph.\n".length, anchorStatus: "anchored" });
  });
});

describe("reattaching an orphan", () => {
  it("anchors it on newly selected text and keeps its data", async () => {
    const { user, slug, article, create } = await setup();
    const claim = await create("the bridge was never finished");
    unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch: { normalizedText: "The bridge was never finished." } }));
    const rewritten = "Officials said the bridge cost $2 billion.\nCritics disagree.";
    const view = unwrap(await act.updateArticle(user.id, { workspaceSlug: slug, articleId: article.articleId, version: article.version, content: plainTextToDoc(rewritten) }));
    const orphan = view.claims.find((listed) => listed.id === claim.id)!;
    expect(orphan.anchorStatus).toBe("orphaned");

    const stale = await act.reattachClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 2, anchor: selectionOf(rewritten, "Critics disagree") });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const reattached = unwrap(
      await act.reattachClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: orphan.version, anchor: selectionOf(rewritten, "Critics disagree") }),
    );
    expect(reattached).toMatchObject({ anchorStatus: "anchored", exact: "Critics disagree", suffix: ".", normalizedText: "The bridge was never finished.", version: orphan.version + 1 });
  });
});
