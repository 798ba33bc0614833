import { describe, expect, it } from "vitest";
import { act, unwrap } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { addMember, claimEventsOf, createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { getClaimHistory } from "./queries";

const PARAGRAPHS = [
  "The governor announced on Monday that the state had created 40,000 jobs since January.",
  "Opposition leaders questioned the figures and called for an independent audit of the statistics office.",
];

async function setup() {
  const { user, workspace } = await createTestUser("History Keeper");
  const article = await createTestArticle(user.id, workspace.slug, PARAGRAPHS.join("\n"));
  const slug = workspace.slug;
  const claim = unwrap(
    await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "created 40,000 jobs") }),
  );
  const label = (name: string) => db.ratingLabel.findFirstOrThrow({ where: { workspaceId: workspace.id, label: name } });
  return { user, workspace, slug, article, claim, ref: { workspaceSlug: slug, claimId: claim.id }, label };
}

describe("claim history", () => {
  it("records creation with the quote and its position", async () => {
    const { user, claim } = await setup();
    expect(await claimEventsOf(claim.id)).toEqual([
      { kind: "created", actorId: user.id, before: null, after: { exact: "created 40,000 jobs", start: claim.start, end: claim.end, anchorStatus: "anchored" } },
    ]);
  });

  it("records one event per changed field, with label names, and none for unchanged values", async () => {
    const { user, ref, label } = await setup();
    const [half, mostlyFalse] = [await label("Half true"), await label("Mostly false")];
    unwrap(await act.updateClaim(user.id, { ...ref, version: 1, patch: { ratingLabelId: half.id } }));
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Seasonal hiring." }] }] };
    unwrap(await act.updateClaim(user.id, { ...ref, version: 2, patch: { ratingLabelId: mostlyFalse.id, tags: ["jobs"], normalizedText: "40,000 jobs", rationale, status: "in_progress" } }));
    // Same values again: the version moves, the history does not.
    unwrap(await act.updateClaim(user.id, { ...ref, version: 3, patch: { tags: ["jobs"], status: "in_progress" } }));
    const events = (await claimEventsOf(ref.claimId)).slice(1);
    expect(events.map((event) => event.kind)).toEqual(["verdict", "verdict", "normalized_text", "rationale", "tags", "status"]);
    expect(events[1]).toMatchObject({
      before: { ratingLabelId: half.id, label: "Half true" },
      after: { ratingLabelId: mostlyFalse.id, label: "Mostly false" },
    });
    expect(events[0].before).toEqual({ ratingLabelId: null, label: null });
    expect(events[2]).toMatchObject({ before: { normalizedText: null }, after: { normalizedText: "40,000 jobs" } });
    expect(events[3]).toMatchObject({ before: { rationale: null }, after: { rationale: { type: "doc" } } });
    expect(events[4]).toMatchObject({ before: { tags: [] }, after: { tags: ["jobs"] } });
    expect(events[5]).toMatchObject({ before: { status: "open" }, after: { status: "in_progress" } });
  });

  it("records sources added, edited, reordered and removed, naming the source", async () => {
    const { user, ref } = await setup();
    const gauge = { url: "https://stats.example.org/q1", title: "Q1 statistics", stance: "context" as const };
    const press = { url: "https://press.example.org/jobs", title: "Press release", stance: "supports" as const };
    const one = unwrap(await act.addSource(user.id, { ...ref, version: 1, source: gauge }));
    const two = unwrap(await act.addSource(user.id, { ...ref, version: 2, source: press }));
    const [a, b] = two.sources;
    unwrap(await act.updateSource(user.id, { ...ref, version: 3, sourceId: a.id, source: { title: "Q1 statistics (revised)", publishedAt: "2025-04-01" } }));
    unwrap(await act.reorderSources(user.id, { ...ref, version: 4, orderedIds: [b.id, a.id] }));
    unwrap(await act.removeSource(user.id, { ...ref, version: 5, sourceId: b.id }));
    const events = (await claimEventsOf(ref.claimId)).filter((event) => event.kind === "sources");
    expect(events.map((event) => (event.after as { action: string }).action)).toEqual(["added", "added", "edited", "reordered", "removed"]);
    expect(events[0].after).toEqual({ action: "added", source: { id: one.sources[0].id, ...gauge } });
    expect(events[2]).toMatchObject({
      before: { source: { id: a.id, title: "Q1 statistics", publishedAt: null } },
      after: { source: { id: a.id, title: "Q1 statistics (revised)", publishedAt: "2025-04-01" }, changed: ["title", "publishedAt"] },
    });
    expect(events[3]).toMatchObject({
      before: { sources: [{ title: "Q1 statistics (revised)" }, { title: "Press release" }] },
      after: { sources: [{ title: "Press release" }, { title: "Q1 statistics (revised)" }] },
    });
    expect(events[4].before).toMatchObject({ action: "removed", source: { title: "Press release", url: press.url } });
  });

  it("records deletion and restoration once each, and a refused edit records nothing", async () => {
    const { user, ref, claim } = await setup();
    expect(await act.updateClaim(user.id, { ...ref, version: 9, patch: { tags: ["late"] } })).toMatchObject({ ok: false, code: "CONFLICT" });
    unwrap(await act.deleteClaim(user.id, ref));
    unwrap(await act.deleteClaim(user.id, ref));
    unwrap(await act.restoreClaim(user.id, ref));
    unwrap(await act.restoreClaim(user.id, ref));
    const kinds = (await claimEventsOf(claim.id)).map((event) => event.kind);
    expect(kinds).toEqual(["created", "deleted", "restored"]);
  });

  it("records the article editor re-anchoring moved claims and orphaning lost ones, and nothing for untouched ones", async () => {
    const { user, slug, article, claim } = await setup();
    const audit = unwrap(
      await act.createClaim(user.id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, "an independent audit") }),
    );
    const { user: editor } = await createTestUser("Article Editor");
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug } });
    await addMember(workspace.id, editor.id, "editor");
    // The first paragraph loses the quote; the second moves because the first got shorter.
    const paragraphs = ["The governor spoke on Monday.", PARAGRAPHS[1]];
    unwrap(await act.updateArticle(editor.id, { workspaceSlug: slug, articleId: article.articleId, version: article.version, content: plainTextToDoc(paragraphs.join("\n")) }));
    const [orphaned] = (await claimEventsOf(claim.id)).filter((event) => event.kind === "reanchored");
    expect(orphaned).toMatchObject({ actorId: editor.id, before: { anchorStatus: "anchored", exact: "created 40,000 jobs" }, after: { anchorStatus: "orphaned" } });
    const [moved] = (await claimEventsOf(audit.id)).filter((event) => event.kind === "reanchored");
    expect(moved).toMatchObject({ actorId: editor.id, before: { start: audit.start }, after: { anchorStatus: "anchored", exact: "an independent audit" } });
    expect((moved.after as { start: number }).start).toBeLessThan(audit.start);

    // A metadata-only edit and a re-attach.
    const fresh = await db.article.findUniqueOrThrow({ where: { id: article.articleId } });
    unwrap(await act.updateArticle(editor.id, { workspaceSlug: slug, articleId: article.articleId, version: fresh.version, title: "Renamed" }));
    const claimNow = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    unwrap(
      await act.reattachClaim(user.id, { workspaceSlug: slug, claimId: claim.id, version: claimNow.version, anchor: selectionOf(fresh.plainText, "spoke on Monday") }),
    );
    expect((await claimEventsOf(claim.id)).map((event) => event.kind)).toEqual(["created", "reanchored", "reattached"]);
    expect((await claimEventsOf(claim.id))[2]).toMatchObject({ before: { anchorStatus: "orphaned" }, after: { exact: "spoke on Monday", anchorStatus: "anchored" } });
  });

  it("cannot be altered or erased, even with raw SQL", async () => {
    const { claim } = await setup();
    await expect(db.$executeRaw`UPDATE "ClaimEvent" SET "kind" = 'forged' WHERE "claimId" = ${claim.id}`).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`DELETE FROM "ClaimEvent" WHERE "claimId" = ${claim.id}`).rejects.toThrow(/immutable/);
    expect(await claimEventsOf(claim.id)).toHaveLength(1);
  });

  it("is readable by members only, with the actor's name", async () => {
    const { user, workspace, ref } = await setup();
    const history = await getClaimHistory(user.id, ref);
    expect(history).toMatchObject([{ kind: "created", actor: { id: user.id, name: "History Keeper" } }]);
    const { user: viewer } = await createTestUser("Viewer");
    await addMember(workspace.id, viewer.id, "viewer");
    expect(await getClaimHistory(viewer.id, ref)).toHaveLength(1);
    const { user: stranger, workspace: other } = await createTestUser("Stranger");
    await expect(getClaimHistory(stranger.id, ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimHistory(stranger.id, { workspaceSlug: other.slug, claimId: ref.claimId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
