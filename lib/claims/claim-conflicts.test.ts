import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { act, unwrap } from "./test-actions";

const CONFLICT = "Someone else changed this claim. Your edit was not saved; the latest version is shown.";
const source = { url: "https://stats.example.org/report", title: "Annual report", stance: "refutes" };

async function claimFixture() {
  const { user, workspace } = await createTestUser("Conflict Owner");
  const { user: colleague } = await createTestUser("Conflict Colleague");
  await db.membership.create({ data: { workspaceId: workspace.id, userId: colleague.id, role: "reviewer" } });
  const article = await createTestArticle(user.id, workspace.slug, "Unemployment fell to 3 percent last year.");
  const claim = unwrap(await act.createClaim(user.id, { workspaceSlug: workspace.slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "Unemployment fell to 3 percent") }));
  return { user, colleague, slug: workspace.slug, claim };
}

describe("optimistic concurrency on claims", () => {
  it("lets exactly one of two simultaneous edits of the same version win; the other is refused and not applied", async () => {
    const { user, colleague, slug, claim } = await claimFixture();
    const [mine, theirs] = await Promise.all([
      act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch: { normalizedText: "Mine" } }),
      act.updateClaim(colleague.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch: { normalizedText: "Theirs" } }),
    ]);
    const results = [mine, theirs];
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok);
    expect(loser).toEqual({ ok: false, code: "CONFLICT", error: CONFLICT, fieldErrors: undefined });
    const winner = results.findIndex((result) => result.ok) === 0 ? "Mine" : "Theirs";
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ normalizedText: winner, version: 2 });
  });

  it("never loses an update: the refused editor retries on the latest version and both changes survive", async () => {
    const { user, colleague, slug, claim } = await claimFixture();
    unwrap(await act.updateClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch: { tags: ["economy"] } }));
    const stale = await act.updateClaim(colleague.id, { workspaceSlug: slug, claimId: claim.id, version: 1, patch: { status: "in_progress" } });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "open", version: 2 });
    const retried = unwrap(await act.updateClaim(colleague.id, { workspaceSlug: slug, claimId: claim.id, version: 2, patch: { status: "in_progress" } }));
    expect(retried).toMatchObject({ tags: ["economy"], status: "in_progress", version: 3 });
  });

  it("applies the same rule to source changes: a stale version adds, edits, reorders and removes nothing", async () => {
    const { user, colleague, slug, claim } = await claimFixture();
    const withSource = unwrap(await act.addSource(user.id, { workspaceSlug: slug, claimId: claim.id, version: 1, source }));
    const sourceId = withSource.sources[0].id;
    const stale = { workspaceSlug: slug, claimId: claim.id, version: 1 };
    const attempts = [
      act.addSource(colleague.id, { ...stale, source: { ...source, title: "Second" } }),
      act.updateSource(colleague.id, { ...stale, sourceId, source: { title: "Renamed" } }),
      act.reorderSources(colleague.id, { ...stale, orderedIds: [sourceId] }),
      act.removeSource(colleague.id, { ...stale, sourceId }),
      act.updateClaim(colleague.id, { ...stale, patch: { tags: ["x"] } }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: "CONFLICT", error: CONFLICT });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } });
    expect(stored.version).toBe(2);
    expect(stored.sources.map((row) => row.title)).toEqual(["Annual report"]);
  });

  it("lets simultaneous source additions on the same version add exactly one source", async () => {
    const { user, colleague, slug, claim } = await claimFixture();
    const results = await Promise.all(
      [user, colleague].map((editor, index) => act.addSource(editor.id, { workspaceSlug: slug, claimId: claim.id, version: 1, source: { ...source, title: `Source ${index}` } })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
