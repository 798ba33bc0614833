import { describe, expect, it, vi } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { updateArticle } from "@/lib/claims/update-article";
import { db } from "@/lib/db";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { addMember, createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { acceptSuggestion, SUGGESTION_STALE } from "./accept-suggestion";
import { dismissSuggestion } from "./dismiss-suggestion";
import { listSuggestions } from "./queries";
import { refreshSuggestionsQuietly } from "./refresh-suggestions";
import { runSuggestions } from "./run-suggestions";

const TEXT = [
  "Ceasefire talks end",
  "On September 10, Russia and the US announced a ceasefire in Syria.",
  "\"And that's tragic,\" the spokesman said.",
  "Aid convoys were attacked on September 19, officials said.",
].join("\n");

async function setUp() {
  const { user, workspace } = await createTestUser("Suggestion Checker");
  const article = await createTestArticle(user.id, workspace.slug, TEXT);
  const ref = { workspaceSlug: workspace.slug, articleId: article.articleId };
  return { user, workspace, article, ref };
}

describe("claim suggestions", () => {
  it("are made when an article is created, with scores and reasons", async () => {
    const { user, ref } = await setUp();
    const suggestions = await listSuggestions(user.id, ref);
    expect(suggestions.map((suggestion) => suggestion.exact)).toEqual([
      "On September 10, Russia and the US announced a ceasefire in Syria.",
      "Aid convoys were attacked on September 19, officials said.",
    ]);
    expect(suggestions[0].reasons).toContain("date");
    expect(suggestions[0].score).toBeGreaterThan(0);
  });

  it("accepting makes the same claim as marking the text, and it cannot be accepted twice", async () => {
    const { user, ref, article } = await setUp();
    const [first] = await listSuggestions(user.id, ref);
    const { claim } = await acceptSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: first.id });
    expect(claim).toMatchObject({ exact: first.exact, start: first.start, end: first.end, anchorStatus: "anchored", articleId: article.articleId });
    expect(claim.prefix).toContain("Ceasefire talks end");
    expect(await db.claimSuggestion.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "accepted", claimId: claim.id, decidedById: user.id });
    await expect(acceptSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: first.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already accepted/) });
    expect((await listSuggestions(user.id, ref)).map((suggestion) => suggestion.id)).not.toContain(first.id);
  });

  it("remembers a dismissal when the suggester runs again, and refuses a second dismissal", async () => {
    const { user, ref } = await setUp();
    const [, second] = await listSuggestions(user.id, ref);
    await dismissSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: second.id });
    await expect(dismissSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: second.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This suggestion was already dismissed.",
    });
    const again = await runSuggestions(user.id, ref);
    expect(again.map((suggestion) => suggestion.exact)).toEqual(["On September 10, Russia and the US announced a ceasefire in Syria."]);
  });

  it("skips sentences a claim covers when it runs again, and offers them back when the claim is deleted", async () => {
    const { user, ref, article } = await setUp();
    const claim = await createClaim(user.id, { ...ref, anchor: selectionOf(article.plainText, "Aid convoys were attacked") });
    expect((await runSuggestions(user.id, ref)).map((suggestion) => suggestion.exact)).toHaveLength(1);
    await deleteClaim(user.id, { workspaceSlug: ref.workspaceSlug, claimId: claim.id });
    expect(await runSuggestions(user.id, ref)).toHaveLength(2);
  });

  it("follow an edit of the text: new sentences are suggested, dismissals kept, stale ids refused clearly", async () => {
    const { user, ref, article } = await setUp();
    const [first, second] = await listSuggestions(user.id, ref);
    await dismissSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: second.id });
    const edited = `Breaking: 40 people were evacuated on Friday.\n${TEXT.replace("a ceasefire in Syria", "a truce in Syria")}`;
    await updateArticle(user.id, { ...ref, version: article.version, content: plainTextToDoc(edited) });
    const after = await listSuggestions(user.id, ref);
    expect(after.map((suggestion) => suggestion.exact)).toEqual([
      "Breaking: 40 people were evacuated on Friday.",
      "On September 10, Russia and the US announced a truce in Syria.",
    ]);
    await expect(acceptSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: first.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringMatching(/no longer exists/),
    });
  });

  it("releases a suggestion whose text no longer matches, with a clear message", async () => {
    const { user, ref } = await setUp();
    const [first] = await listSuggestions(user.id, ref);
    // As if the text had changed without the suggestions following (an edit racing a run).
    await db.claimSuggestion.update({ where: { id: first.id }, data: { start: first.start + 1, end: first.end + 1 } });
    await expect(acceptSuggestion(user.id, { workspaceSlug: ref.workspaceSlug, suggestionId: first.id })).rejects.toMatchObject({ code: "CONFLICT", message: SUGGESTION_STALE });
    expect(await db.claimSuggestion.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "pending", decidedById: null });
    expect(await db.claim.count({ where: { articleId: ref.articleId } })).toBe(0);
  });

  it("lets viewers list but not decide, and hides other workspaces' suggestions", async () => {
    const { user, workspace, ref } = await setUp();
    const { user: viewer } = await createTestUser("Suggestion Viewer");
    await addMember(workspace.id, viewer.id, "viewer");
    const [first] = await listSuggestions(viewer.id, ref);
    await expect(dismissSuggestion(viewer.id, { workspaceSlug: ref.workspaceSlug, suggestionId: first.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { user: stranger, workspace: theirs } = await createTestUser("Stranger");
    await expect(dismissSuggestion(stranger.id, { workspaceSlug: theirs.slug, suggestionId: first.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSuggestions(stranger.id, { workspaceSlug: theirs.slug, articleId: ref.articleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listSuggestions(user.id, ref)).toHaveLength(2);
  });

  it("never fails the import when suggesting fails", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("database hiccup"));
    await expect(refreshSuggestionsQuietly("w", "a")).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalledWith(expect.stringContaining("could not suggest"), "a", expect.any(Error));
    failing.mockRestore();
    spy.mockRestore();
  });
});
