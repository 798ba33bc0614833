import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReviewTeam, createTestUser } from "@/test/factories";
import { unwrap } from "@/lib/claims/test-actions";
import { review } from "./test-actions";

const CONFLICT = "Someone else changed this claim. Your edit was not saved; the latest version is shown.";

/** A team whose owner's claim (with a verdict) is submitted for review. */
async function submittedClaim(roles: Parameters<typeof createReviewTeam>[0] = ["reviewer"], options?: Parameters<typeof createReviewTeam>[1]) {
  const team = await createReviewTeam(roles, options);
  const submitted = unwrap(await review.submit(team.owner.id, { workspaceSlug: team.slug, claimId: team.claim.id, version: team.claim.version }));
  return { ...team, submitted, ref: { workspaceSlug: team.slug, claimId: team.claim.id } };
}

const events = (claimId: string) => db.claimEvent.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });
const notifications = (claimId: string) => db.notification.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });

describe("submitting for review", () => {
  it("needs a verdict", async () => {
    const team = await createReviewTeam();
    await db.claim.update({ where: { id: team.claim.id }, data: { ratingLabelId: null } });
    const result = await review.submit(team.owner.id, { workspaceSlug: team.slug, claimId: team.claim.id, version: team.claim.version });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", error: "Choose a verdict before submitting the claim for review." });
    expect(await db.claim.findUniqueOrThrow({ where: { id: team.claim.id } })).toMatchObject({ status: "open", reviewRound: 0 });
  });

  it("starts round 1, records the event and asks every reviewer but the submitter", async () => {
    const { submitted, claim, owner, members } = await submittedClaim(["reviewer", "editor", "viewer"]);
    expect(submitted).toMatchObject({ status: "verdict_proposed", reviewRound: 1, version: claim.version + 1 });
    expect(submitted.submittedAt).not.toBeNull();
    expect(await events(claim.id)).toMatchObject([{ kind: "created" }, { kind: "submitted", actorId: owner.id, before: { status: "open" }, after: { status: "verdict_proposed", reviewRound: 1 } }]);
    const notified = (await notifications(claim.id)).map((row) => [row.userId, row.kind]);
    expect(notified.sort()).toEqual([[members[0].id, "review_requested"], [members[1].id, "review_requested"]].sort());
  });

  it("refuses viewers and hides the workspace from non-members", async () => {
    const team = await createReviewTeam(["viewer"]);
    const { user: stranger } = await createTestUser("Stranger");
    const input = { workspaceSlug: team.slug, claimId: team.claim.id, version: team.claim.version };
    expect(await review.submit(team.members[0].id, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review.submit(stranger.id, input)).toMatchObject({ ok: false, code: "NOT_FOUND", error: "That workspace does not exist." });
    expect(await review.get(stranger.id, { workspaceSlug: team.slug, claimId: team.claim.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: team.claim.id } })).toMatchObject({ status: "open", version: team.claim.version });
  });
});

describe("approving", () => {
  it("refuses the author, even with a forged request, and leaves nothing behind", async () => {
    const { submitted, owner, ref, claim } = await submittedClaim();
    const result = await review.approve(owner.id, { ...ref, version: submitted.version });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", error: "You wrote this verdict, so you cannot approve it; a teammate must review it." });
    const forged = await review.approve(owner.id, { ...ref, version: submitted.version, independentRatingLabelId: submitted.ratingLabelId, comment: "LGTM" });
    expect(forged).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "verdict_proposed", version: submitted.version });
  });

  it("refuses a teammate who submitted someone else's claim", async () => {
    const team = await createReviewTeam(["editor", "reviewer"]);
    const [editor, reviewer] = team.members;
    const submitted = unwrap(await review.submit(editor.id, { workspaceSlug: team.slug, claimId: team.claim.id, version: team.claim.version }));
    const ref = { workspaceSlug: team.slug, claimId: team.claim.id, version: submitted.version };
    expect(await review.approve(editor.id, ref)).toMatchObject({ ok: false, code: "FORBIDDEN", error: expect.stringContaining("You submitted this verdict") });
    expect(unwrap(await review.approve(reviewer.id, ref))).toMatchObject({ status: "approved" });
  });

  it("needs approvalsRequired approvals from different reviewers, once each per round", async () => {
    const { submitted, members, ref, claim, owner } = await submittedClaim(["reviewer", "editor"], { approvalsRequired: 2 });
    const first = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version, comment: "Sources check out." }));
    expect(first).toMatchObject({ status: "verdict_proposed", approvedAt: null });
    expect(unwrap(await review.get(owner.id, ref))).toMatchObject({ approvals: 1, approvalsRequired: 2, reviews: [{ decision: "approved", comment: "Sources check out." }] });
    expect(await review.approve(members[0].id, { ...ref, version: first.version })).toMatchObject({ ok: false, code: "CONFLICT", error: "You already reviewed this round of the claim." });
    const second = unwrap(await review.approve(members[1].id, { ...ref, version: first.version }));
    expect(second).toMatchObject({ status: "approved", version: first.version + 1 });
    expect(second.approvedAt).not.toBeNull();
    expect((await events(claim.id)).map((event) => event.kind)).toEqual(["created", "submitted", "approved", "approved"]);
    expect((await notifications(claim.id)).filter((row) => row.kind === "approved").map((row) => row.userId)).toEqual([owner.id]);
    expect(await review.approve(members[1].id, { ...ref, version: second.version })).toMatchObject({ ok: false, code: "CONFLICT", error: "This claim is not waiting for review." });
  });

  it("is refused unless the claim is submitted", async () => {
    const team = await createReviewTeam();
    const result = await review.approve(team.members[0].id, { workspaceSlug: team.slug, claimId: team.claim.id, version: team.claim.version });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", error: "This claim is not waiting for review." });
  });

  it("refuses a stale version and applies nothing", async () => {
    const { submitted, members, ref, claim } = await submittedClaim();
    const result = await review.approve(members[0].id, { ...ref, version: submitted.version - 1 });
    expect(result).toEqual({ ok: false, code: "CONFLICT", error: CONFLICT, fieldErrors: undefined });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "verdict_proposed", version: submitted.version });
    expect((await events(claim.id)).map((event) => event.kind)).toEqual(["created", "submitted"]);
  });

  it("lets exactly one of two simultaneous approvals through: one review, one transition", async () => {
    const { submitted, members, ref, claim } = await submittedClaim(["reviewer", "editor"]);
    const results = await Promise.all(members.map((member) => review.approve(member.id, { ...ref, version: submitted.version })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: "CONFLICT" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "approved", version: submitted.version + 1 });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    expect((await events(claim.id)).filter((event) => event.kind === "approved")).toHaveLength(1);
    expect((await notifications(claim.id)).filter((row) => row.kind === "approved")).toHaveLength(1);
  });

  it("refuses viewers", async () => {
    const { submitted, members, ref } = await submittedClaim(["viewer"]);
    expect(await review.approve(members[0].id, { ...ref, version: submitted.version })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("requesting changes", () => {
  it("requires a comment", async () => {
    const { submitted, members, ref } = await submittedClaim();
    for (const comment of [undefined, "", "   "]) {
      const result = await review.requestChanges(members[0].id, { ...ref, version: submitted.version, comment });
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { comment: [expect.stringMatching(/comment is required|Say what should change/)] } });
    }
    const tooLong = await review.requestChanges(members[0].id, { ...ref, version: submitted.version, comment: "x".repeat(5001) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { comment: ["Keep the comment under 5,000 characters."] } });
  });

  it("is refused to the author", async () => {
    const { submitted, owner, ref } = await submittedClaim();
    expect(await review.requestChanges(owner.id, { ...ref, version: submitted.version, comment: "Hmm" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("sends the claim back; resubmitting starts the next round, where the reviewer decides again", async () => {
    const { submitted, members, owner, ref, claim } = await submittedClaim();
    const back = unwrap(await review.requestChanges(members[0].id, { ...ref, version: submitted.version, comment: "Cite the statistics office." }));
    expect(back).toMatchObject({ status: "changes_requested", reviewRound: 1 });
    expect(await db.review.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ decision: "changes_requested", round: 1, comment: "Cite the statistics office." });
    expect((await notifications(claim.id)).filter((row) => row.kind === "changes_requested").map((row) => row.userId)).toEqual([owner.id]);
    const again = unwrap(await review.submit(owner.id, { ...ref, version: back.version }));
    expect(again).toMatchObject({ status: "verdict_proposed", reviewRound: 2 });
    const approved = unwrap(await review.approve(members[0].id, { ...ref, version: again.version }));
    expect(approved).toMatchObject({ status: "approved" });
    const view = unwrap(await review.get(owner.id, ref));
    expect(view.reviews.map((row) => [row.round, row.decision])).toEqual([[2, "approved"], [1, "changes_requested"]]);
    expect((await events(claim.id)).map((event) => event.kind)).toEqual(["created", "submitted", "changes_requested", "submitted", "approved"]);
  });
});

describe("disputes", () => {
  it("a different independent verdict disputes the claim instead of approving it", async () => {
    const { submitted, members, ref, labels, claim, owner } = await submittedClaim();
    const disputed = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version, independentRatingLabelId: labels[2].id }));
    expect(disputed).toMatchObject({ status: "verdict_proposed", disputed: true, ratingLabelId: labels[0].id, approvedAt: null });
    expect(await db.review.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ independentRatingLabelId: labels[2].id, decision: "approved" });
    expect((await events(claim.id)).at(-1)).toMatchObject({ kind: "independent_verdict", after: { independentRatingLabelId: labels[2].id, disputed: true } });
    expect((await notifications(claim.id)).at(-1)).toMatchObject({ userId: owner.id, kind: "changes_requested" });
  });

  it("an equal independent verdict is an approval", async () => {
    const { submitted, members, ref, labels } = await submittedClaim();
    expect(unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version, independentRatingLabelId: labels[0].id }))).toMatchObject({ status: "approved", disputed: false });
  });

  it("resolving to the reviewer's verdict approves with that verdict", async () => {
    const { submitted, members, owner, ref, labels, claim } = await submittedClaim();
    const disputed = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version, independentRatingLabelId: labels[2].id }));
    expect(await review.resolve(members[0].id, { ...ref, version: disputed.version, ratingLabelId: labels[2].id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const resolved = unwrap(await review.resolve(owner.id, { ...ref, version: disputed.version, ratingLabelId: labels[2].id }));
    expect(resolved).toMatchObject({ status: "approved", disputed: false, ratingLabelId: labels[2].id });
    expect((await events(claim.id)).at(-1)).toMatchObject({ kind: "dispute_resolved", before: { ratingLabelId: labels[0].id }, after: { ratingLabelId: labels[2].id, status: "approved" } });
  });

  it("keeping the author's verdict leaves it up for review; a third verdict starts a new round", async () => {
    const { submitted, members, owner, ref, labels } = await submittedClaim(["reviewer", "reviewer"]);
    const disputed = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version, independentRatingLabelId: labels[2].id }));
    expect(await review.approve(members[1].id, { ...ref, version: disputed.version })).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("disputes") });
    const kept = unwrap(await review.resolve(owner.id, { ...ref, version: disputed.version, ratingLabelId: labels[0].id }));
    expect(kept).toMatchObject({ status: "verdict_proposed", disputed: false, reviewRound: 1, ratingLabelId: labels[0].id });
    expect(unwrap(await review.approve(members[1].id, { ...ref, version: kept.version }))).toMatchObject({ status: "approved" });

    const other = await submittedClaim(["reviewer"]);
    const otherRef = other.ref;
    const d = unwrap(await review.approve(other.members[0].id, { ...otherRef, version: other.submitted.version, independentRatingLabelId: other.labels[2].id }));
    const third = unwrap(await review.resolve(other.owner.id, { ...otherRef, version: d.version, ratingLabelId: other.labels[1].id }));
    expect(third).toMatchObject({ status: "verdict_proposed", disputed: false, reviewRound: 2, ratingLabelId: other.labels[1].id });
    expect(unwrap(await review.approve(other.members[0].id, { ...otherRef, version: third.version }))).toMatchObject({ status: "approved" });
  });

  it("an editor may resolve a dispute on someone else's claim", async () => {
    const { submitted, members, ref, labels } = await submittedClaim(["reviewer", "editor"]);
    const disputed = unwrap(await review.approve(members[0].id, { ...ref, version: submitted.version, independentRatingLabelId: labels[2].id }));
    expect(unwrap(await review.resolve(members[1].id, { ...ref, version: disputed.version, ratingLabelId: labels[2].id }))).toMatchObject({ status: "approved" });
  });
});
