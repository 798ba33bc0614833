import { describe, expect, it } from "vitest";
import { act, unwrap } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { review } from "@/lib/review/test-actions";
import { addMember, createReviewTeam, createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { COUNT_CAP } from "./count-cap";
import { searchWorkspace } from "./search-workspace";
import type { ClaimHit, SourceHit } from "./types";

const TEXT = ["The convoy was attacked on September 19 near Aleppo.", "Unemployment fell to 3 percent.", "Exports doubled in a decade."].join("\n");
const rationale = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function workspaceWithClaims() {
  const { user, workspace } = await createTestUser("Search Owner");
  const slug = workspace.slug;
  const article = await createTestArticle(user.id, slug, TEXT, "Syria report");
  const mark = (quote: string) =>
    act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }).then(unwrap);
  const convoy = await mark("The convoy was attacked on September 19 near Aleppo.");
  const jobs = await mark("Unemployment fell to 3 percent.");
  const exports = await mark("Exports doubled in a decade.");
  const label = await db.ratingLabel.findFirstOrThrow({ where: { workspaceId: workspace.id, label: "Mostly true" } });
  unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: convoy.id, version: 1, patch: { ratingLabelId: label.id, rationale: rationale("Satellite imagery from the humanitarian agency shows craters.") } }));
  unwrap(await act.addSource(user.id, { workspaceSlug: slug, claimId: jobs.id, version: 1, source: { url: "https://stats.example.org/q3", title: "Labour force survey", publisher: "Statistics office", stance: "supports" } }));
  return { user, workspace, slug, article, convoy, jobs, exports, label };
}

describe("workspace search", () => {
  it("finds a claim by a word of its rationale, with the word highlighted", async () => {
    const { user, slug, convoy } = await workspaceWithClaims();
    const view = await searchWorkspace(user.id, slug, { q: "satellite" });
    expect(view.problems).toEqual([]);
    const hit = view.results!.hits[0] as ClaimHit;
    expect(hit).toMatchObject({ kind: "claim", id: convoy.id, verdict: { label: "Mostly true" } });
    expect(hit.rationale).toContainEqual({ text: "Satellite", match: true });
    expect(hit.href).toBe(`/w/${slug}/articles/${convoy.articleId}?claim=${convoy.id}`);
  });

  it("searches articles and sources too, and the type narrows it", async () => {
    const { user, slug, jobs } = await workspaceWithClaims();
    const all = await searchWorkspace(user.id, slug, { q: "survey" });
    expect(all.results!.hits).toEqual([expect.objectContaining({ kind: "source", href: expect.stringContaining(`claim=${jobs.id}`) })]);
    expect((all.results!.hits[0] as SourceHit).title).toContainEqual({ text: "survey", match: true });
    const articles = await searchWorkspace(user.id, slug, { q: "Aleppo", type: "articles" });
    expect(articles.results!.hits.map((hit) => hit.kind)).toEqual(["article"]);
    expect(articles.results!.counts).toEqual({ claim: 0, article: 1, source: 0 });
  });

  it("lists claims newest first by filters without text, and pages through them", async () => {
    const { user, slug, convoy, jobs, exports, label } = await workspaceWithClaims();
    const listed = await searchWorkspace(user.id, slug, {});
    expect(listed.results!.hits.map((hit) => hit.id)).toEqual([exports.id, jobs.id, convoy.id]);
    const byVerdict = await searchWorkspace(user.id, slug, { verdict: label.id });
    expect(byVerdict.results!.hits.map((hit) => hit.id)).toEqual([convoy.id]);
    const working = await searchWorkspace(user.id, slug, { status: "working", member: user.id });
    expect(working.results!.total).toBe(3);
    expect((await searchWorkspace(user.id, slug, { status: "approved" })).results!.total).toBe(0);

    const article = await db.article.findFirstOrThrow({ where: { id: convoy.articleId } });
    const many = [...Array(21).keys()].map((index) => `Claim number ${index} says something.`).join("\n");
    const big = await createTestArticle(user.id, slug, many, "Many claims");
    for (let index = 0; index < 21; index++) {
      unwrap(await act.createClaim(user.id, { workspaceSlug: slug, articleId: big.articleId, anchor: selectionOf(big.plainText, `Claim number ${index} says`) }));
    }
    const second = await searchWorkspace(user.id, slug, { page: "2" });
    expect(second.results).toMatchObject({ total: 24, page: 2, pageCount: 2 });
    expect(second.results!.hits).toHaveLength(4);
    expect((await searchWorkspace(user.id, slug, { article: article.id })).results!.total).toBe(3);
  });

  it("leaves out deleted claims and other workspaces, lets viewers search, and explains bad filters", async () => {
    const { user, workspace, slug, convoy } = await workspaceWithClaims();
    const other = await workspaceWithClaims();
    unwrap(await act.deleteClaim(user.id, { workspaceSlug: slug, claimId: convoy.id }));
    const { user: viewer } = await createTestUser("Viewer");
    await addMember(workspace.id, viewer.id, "viewer");
    const view = await searchWorkspace(viewer.id, slug, { q: "convoy" });
    expect(view.results!.hits.map((hit) => hit.kind)).toEqual(["article"]);

    const bad = await searchWorkspace(user.id, slug, { status: "done", verdict: other.label.id });
    expect(bad.results).toBeNull();
    expect(bad.problems).toEqual(["Status: “done” is not one of the choices."]);
    expect((await searchWorkspace(user.id, slug, { verdict: other.label.id })).problems).toEqual(["Verdict: that rating is not on this workspace's scale."]);
    await expect(searchWorkspace(user.id, other.slug, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts up to a cap on a big desk, says there are more, and still pages to the end of a list", async () => {
    const { user, slug, convoy } = await workspaceWithClaims();
    // Setup only: 1,001 older copies of a claim (1,004 claims in all) through one statement.
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, prefix, suffix, start, "end", "createdById", "createdAt", "updatedAt")
      SELECT id || '-copy-' || n, "workspaceId", "articleId", exact, prefix, suffix, start, "end", "createdById", "createdAt" - n * interval '1 minute', now()
      FROM "Claim", generate_series(1, 1001) n WHERE id = ${convoy.id}`;
    const first = (await searchWorkspace(user.id, slug, { type: "claims" })).results!;
    expect(first).toMatchObject({ counts: { claim: COUNT_CAP }, capped: { claim: true }, more: true, total: COUNT_CAP, pageCount: 51 });
    const last = (await searchWorkspace(user.id, slug, { type: "claims", page: "51" })).results!;
    expect(last).toMatchObject({ total: 1004, more: false, pageCount: 51 });
    expect(last.hits.map((hit) => hit.id)).toEqual([998, 999, 1000, 1001].map((n) => `${convoy.id}-copy-${n}`));

    const text = (await searchWorkspace(user.id, slug, { q: "convoy" })).results!;
    expect(text).toMatchObject({ counts: { claim: COUNT_CAP, article: 1, source: 0 }, capped: { claim: true, article: false }, more: true, pageCount: 51 });
    expect(text.hits).toHaveLength(20);
  });

  it("lists a member's open items, the claims reviewed on given days and those where reviewers agreed or not", async () => {
    // c0 (team claim): owner's, open. c1: owner's, approved, reviewer agreed (reviewed 2026-11-20).
    // c2: owner's, reviewer recorded a different verdict (still proposed, reviewed 2026-11-21).
    // c3: editor's, open. c4: owner's, open but assigned to the editor.
    const team = await createReviewTeam(["reviewer", "editor"]);
    const { owner, slug, labels } = team;
    const [reviewer, editor] = team.members;
    const [isTrue, isFalse] = labels;
    const article = await createTestArticle(owner.id, slug, "Alpha rose. Beta fell. Gamma doubled. Delta halved.", "Filters");
    const claimOn = async (userId: string, quote: string, ratingLabelId?: string) => {
      const created = unwrap(await act.createClaim(userId, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }));
      if (!ratingLabelId) return created;
      return unwrap(await act.updateClaim(userId, { workspaceSlug: slug, claimId: created.id, version: created.version, patch: { ratingLabelId } }));
    };
    const reviewed = async (claim: { id: string; version: number }, independentRatingLabelId: string, day: string) => {
      const submitted = unwrap(await review.submit(owner.id, { workspaceSlug: slug, claimId: claim.id, version: claim.version }));
      unwrap(await review.approve(reviewer.id, { workspaceSlug: slug, claimId: submitted.id, version: submitted.version, independentRatingLabelId }));
      await db.review.updateMany({ where: { claimId: claim.id }, data: { createdAt: new Date(`${day}T12:00:00Z`) } });
    };
    const c0 = team.claim;
    const c1 = await claimOn(owner.id, "Alpha rose", isTrue.id);
    const c2 = await claimOn(owner.id, "Beta fell", isTrue.id);
    const c3 = await claimOn(editor.id, "Gamma doubled");
    const c4 = await claimOn(owner.id, "Delta halved");
    await reviewed(c1, isTrue.id, "2026-11-20");
    await reviewed(c2, isFalse.id, "2026-11-21");
    await db.claim.update({ where: { id: c4.id }, data: { assigneeId: editor.id } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: c2.id } })).status).toBe("verdict_proposed");

    const ids = async (params: Record<string, string>) => {
      const view = await searchWorkspace(owner.id, slug, { type: "claims", ...params });
      expect(view.problems).toEqual([]);
      return view.results!.hits.map((hit) => hit.id).sort();
    };
    const sorted = (...claims: { id: string }[]) => claims.map((claim) => claim.id).sort();
    expect(await ids({ openFor: owner.id })).toEqual(sorted(c0, c2));
    expect(await ids({ openFor: editor.id })).toEqual(sorted(c3, c4));
    expect(await ids({ openFor: reviewer.id })).toEqual([]);

    expect(await ids({ reviewedFrom: "2026-11-20", reviewedTo: "2026-11-20" })).toEqual(sorted(c1));
    expect(await ids({ reviewedFrom: "2026-11-21" })).toEqual(sorted(c2));
    expect(await ids({ reviewedTo: "2026-11-21" })).toEqual(sorted(c1, c2));
    expect(await ids({ reviewedFrom: "2026-11-22", reviewedTo: "2026-11-30" })).toEqual([]);

    expect(await ids({ agreement: "agree" })).toEqual(sorted(c1));
    expect(await ids({ agreement: "disagree" })).toEqual(sorted(c2));
    expect(await ids({ agreement: "any" })).toEqual(sorted(c1, c2));
    // Filters combine: the owner's open items that a reviewer disagreed with.
    expect(await ids({ openFor: owner.id, agreement: "disagree" })).toEqual(sorted(c2));

    const stranger = await createTestUser("Stranger");
    const bad = await searchWorkspace(owner.id, slug, { openFor: stranger.user.id });
    expect(bad.results).toBeNull();
    expect(bad.problems).toEqual(["Open items of: that person is not a member of this workspace."]);
  });
});
