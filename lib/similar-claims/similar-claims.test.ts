import { describe, expect, it } from "vitest";
import { act, unwrap } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { findSimilarClaims } from "./find-similar-claims";
import { linkClaim } from "./link-claim";
import { linkClaimSchema } from "./schema";

const FIRST = "The ceasefire agreement was signed on September 10 by both governments. Markets rose sharply afterwards.";
const SECOND = "Officials confirmed that the ceasefire agreement was signed on September 10 by the two governments. Rain fell.";

async function twoArticles() {
  const { user, workspace } = await createTestUser("Similar Owner");
  const slug = workspace.slug;
  const one = await createTestArticle(user.id, slug, FIRST, "First report");
  const two = await createTestArticle(user.id, slug, SECOND, "Second report");
  const mark = (article: typeof one, quote: string) =>
    act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }).then(unwrap);
  const earlier = await mark(one, "The ceasefire agreement was signed on September 10 by both governments.");
  const unrelated = await mark(one, "Markets rose sharply afterwards.");
  const later = await mark(two, "the ceasefire agreement was signed on September 10 by the two governments");
  return { user, slug, workspace, earlier, unrelated, later };
}

describe("similar claims", () => {
  it("finds an earlier claim that says nearly the same thing, with its verdict and article, and not unrelated ones", async () => {
    const { user, slug, workspace, earlier, later } = await twoArticles();
    const label = await db.ratingLabel.findFirstOrThrow({ where: { workspaceId: workspace.id, label: "False" } });
    unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: earlier.id, version: earlier.version, patch: { ratingLabelId: label.id } }));

    const view = await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: later.id });
    expect(view.linked).toBeNull();
    expect(view.similar.map((item) => item.id)).toEqual([earlier.id]);
    expect(view.similar[0]).toMatchObject({ articleTitle: "First report", verdict: { label: "False" }, href: `/w/${slug}/articles/${earlier.articleId}?claim=${earlier.id}` });
    expect(view.similar[0].score).toBeGreaterThan(0.4);
  });

  it("matches the wording as typed, and leaves out deleted claims and other workspaces", async () => {
    const { user, slug, unrelated, earlier, later } = await twoArticles();
    const byWording = await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: later.id, wording: "Markets rose sharply afterwards" });
    expect(byWording.similar.map((item) => item.id)).toEqual(expect.arrayContaining([unrelated.id, earlier.id]));

    unwrap(await act.deleteClaim(user.id, { workspaceSlug: slug, claimId: earlier.id }));
    expect((await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: later.id })).similar).toEqual([]);

    const other = await twoArticles();
    await expect(findSimilarClaims(other.user.id, { workspaceSlug: slug, claimId: later.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("links to the earlier check as a new version recorded in history, and refuses viewers and foreign claims", async () => {
    const { user, slug, workspace, earlier, later } = await twoArticles();
    const linked = await linkClaim(user.id, { workspaceSlug: slug, claimId: later.id, version: later.version, relatedClaimId: earlier.id });
    expect(linked.version).toBe(later.version + 1);
    expect((await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: later.id })).linked?.id).toBe(earlier.id);
    const events = await db.claimEvent.findMany({ where: { claimId: later.id, kind: "linked" } });
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ claimId: earlier.id });

    const stale = await runAction(linkClaimSchema, { workspaceSlug: slug, claimId: later.id, version: later.version, relatedClaimId: null }, (data) => linkClaim(user.id, data));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });

    const { user: viewer } = await createTestUser("Viewer");
    await addMember(workspace.id, viewer.id, "viewer");
    await expect(linkClaim(viewer.id, { workspaceSlug: slug, claimId: later.id, version: linked.version, relatedClaimId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await findSimilarClaims(viewer.id, { workspaceSlug: slug, claimId: later.id })).linked?.id).toBe(earlier.id);

    const other = await twoArticles();
    await expect(linkClaim(user.id, { workspaceSlug: slug, claimId: later.id, version: linked.version, relatedClaimId: other.earlier.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkClaim(user.id, { workspaceSlug: slug, claimId: later.id, version: linked.version, relatedClaimId: later.id })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("finds word-for-word repeats (case aside) first, in id order, leaving out deleted ones", async () => {
    const { user, slug, earlier } = await twoArticles();
    // Setup only: six copies of the claim, one in capitals and one deleted.
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, prefix, suffix, start, "end", "createdById", "updatedAt", "deletedAt")
      SELECT id || '-copy-' || n, "workspaceId", "articleId", CASE WHEN n = 2 THEN upper(exact) ELSE exact END, prefix, suffix, start, "end",
             "createdById", now(), CASE WHEN n = 1 THEN now() END
      FROM "Claim", generate_series(1, 6) n WHERE id = ${earlier.id}`;
    const view = await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: earlier.id });
    expect(view.similar.map((item) => [item.id, item.score])).toEqual([2, 3, 4, 5, 6].map((n) => [`${earlier.id}-copy-${n}`, 1]));
  });

  it("scores a claim by what it says: a rationale repeating the words changes nothing", async () => {
    const { user, slug, earlier, later } = await twoArticles();
    // Setup only: a copy of the earlier claim whose rationale repeats the later claim's words.
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The ceasefire agreement was signed on September 10 by the two governments." }] }] };
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, prefix, suffix, start, "end", rationale, "createdById", "updatedAt")
      SELECT id || '-explained', "workspaceId", "articleId", exact, prefix, suffix, start, "end", ${JSON.stringify(rationale)}::jsonb, "createdById", now()
      FROM "Claim" WHERE id = ${earlier.id}`;
    const view = await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: later.id });
    expect(view.similar.map((item) => item.id)).toEqual([earlier.id, `${earlier.id}-explained`]);
    expect(view.similar[1].score).toBe(view.similar[0].score);
  });

  it("scores each wording once, so a hundred copies of a wording sharing more words do not hide a closer claim", async () => {
    const { user, slug, earlier, later } = await twoArticles();
    // Setup only: 101 claims of one wording with every key word of the claim and many more words
    // (full-text rank 0.38, similarity 0.44), and one claim missing a key word but closer (0.34, 0.75).
    const crowd = "Both governments signed the ceasefire agreement on September 10, officials at the border ministry told the regional press conference yesterday evening.";
    const closer = "The ceasefire agreement was signed on September 10.";
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, prefix, suffix, start, "end", "createdById", "updatedAt")
      SELECT id || '-' || n, "workspaceId", "articleId", CASE WHEN n = 0 THEN ${closer} ELSE ${crowd} END, prefix, suffix, start, "end", "createdById", now()
      FROM "Claim", generate_series(0, 101) n WHERE id = ${earlier.id}`;
    const view = await findSimilarClaims(user.id, { workspaceSlug: slug, claimId: earlier.id });
    // The later claim (nearly the same words) first, then the closer one, then the crowd in id order.
    expect(view.similar.map((item) => item.id)).toEqual([later.id, `${earlier.id}-0`, ...["1", "10", "100"].map((n) => `${earlier.id}-${n}`)]);
    expect(view.similar[1].score).toBeGreaterThan(0.75);
    expect(view.similar[2].score).toBeLessThan(0.55);
  });
});
