import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { review } from "@/lib/review/test-actions";
import { claimEventsOf, createReviewTeam } from "@/test/factories";
import { loadClaimDTO } from "./load-claim-dto";
import { act, unwrap } from "./test-actions";

// updateClaim runs as one SQL statement (edit-claim-statement.ts); these pin down what that
// statement must do beyond the field-by-field history (lib/history/history.test.ts).

async function team() {
  const setup = await createReviewTeam(["reviewer"]);
  return { ...setup, ref: { workspaceSlug: setup.slug, claimId: setup.claim.id } };
}

describe("a claim edit", () => {
  it("answers the claim exactly as a fresh read shows it: sources in order, author, assignee", async () => {
    const { owner, members, ref, claim } = await team();
    let version = claim.version;
    for (const title of ["Labour survey", "Census table"]) {
      version = unwrap(await act.addSource(owner.id, { ...ref, version, source: { url: `https://example.org/${title.length}`, title, stance: "refutes", publishedAt: "2016-04-01" } })).version;
    }
    version = unwrap(await review.assignClaim(owner.id, { ...ref, version, assigneeId: members[0].id })).version;
    const edited = unwrap(await act.updateClaim(owner.id, { ...ref, version, patch: { normalizedText: "Unemployment was 3%", tags: ["jobs"] } }));
    expect(edited).toEqual(await loadClaimDTO(db, claim.id));
    expect(edited.sources.map((source) => [source.title, source.publishedAt])).toEqual([["Labour survey", "2016-04-01"], ["Census table", "2016-04-01"]]);
    expect(edited.assignee).toEqual({ id: members[0].id, name: members[0].name });
    expect(edited.version).toBe(version + 1);
  });

  it("reopens an approved claim whose verdict changes: approval and dispute cleared, then history says why", async () => {
    const { owner, members, ref, claim, labels } = await team();
    const submitted = unwrap(await review.submit(owner.id, { ...ref, version: claim.version }));
    const approved = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version }));
    await db.claim.update({ where: { id: claim.id }, data: { disputed: true } });
    const edited = unwrap(await act.updateClaim(owner.id, { ...ref, version: approved.version, patch: { ratingLabelId: labels[2].id, tags: ["jobs"] } }));
    expect(edited).toMatchObject({ status: "in_progress", approvedAt: null, disputed: false });
    const events = (await claimEventsOf(claim.id)).slice(-3);
    expect(events.map((event) => event.kind)).toEqual(["verdict", "tags", "status"]);
    expect(events[2]).toMatchObject({ before: { status: "approved" }, after: { status: "in_progress", reason: "edited after review" } });
  });

  it("tells a stale version from a deleted claim, and changes nothing for either", async () => {
    const { owner, ref, claim } = await team();
    const before = await loadClaimDTO(db, claim.id);
    expect(await act.updateClaim(owner.id, { ...ref, version: claim.version + 5, patch: { tags: ["late"] } })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await act.updateClaim(owner.id, { ...ref, claimId: "cl000000000000000000nope", version: 1, patch: { tags: ["x"] } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    unwrap(await act.deleteClaim(owner.id, ref));
    expect(await act.updateClaim(owner.id, { ...ref, version: claim.version + 1, patch: { tags: ["gone"] } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).tags).toEqual(before.tags);
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const { owner, ref, claim } = await team();
    const edits = await Promise.all(["first", "second"].map((word) => act.updateClaim(owner.id, { ...ref, version: claim.version, patch: { normalizedText: word } })));
    expect(edits.filter((edit) => edit.ok)).toHaveLength(1);
    expect(edits.find((edit) => !edit.ok)).toMatchObject({ code: "CONFLICT" });
    const events = (await claimEventsOf(claim.id)).filter((event) => event.kind === "normalized_text");
    expect(events).toHaveLength(1);
  });
});
