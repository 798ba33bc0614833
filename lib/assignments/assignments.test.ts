import { describe, expect, it } from "vitest";
import { unwrap } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { getMyQueue, listAnnotators } from "@/lib/review/queries";
import { review } from "@/lib/review/test-actions";
import { createReviewTeam, createTestUser } from "@/test/factories";

describe("assigning claims and articles", () => {
  it("lets an owner assign a claim to a member who can annotate, with an event and a notification", async () => {
    const { owner, slug, claim, members } = await createReviewTeam(["reviewer"]);
    const ref = { workspaceSlug: slug, claimId: claim.id };
    const assigned = unwrap(await review.assignClaim(owner.id, { ...ref, version: claim.version, assigneeId: members[0].id }));
    expect(assigned).toMatchObject({ assignee: { id: members[0].id, name: "Team reviewer" }, version: claim.version + 1 });
    expect(await db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "assignment" } })).toMatchObject({
      actorId: owner.id,
      before: { assigneeId: null },
      after: { assigneeId: members[0].id },
    });
    expect(await db.notification.findMany({ where: { claimId: claim.id } })).toMatchObject([{ userId: members[0].id, kind: "assigned", actorId: owner.id }]);
    const stale = await review.assignClaim(owner.id, { ...ref, version: claim.version, assigneeId: null });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(unwrap(await review.assignClaim(owner.id, { ...ref, version: assigned.version, assigneeId: null }))).toMatchObject({ assignee: null });
  });

  it("refuses viewers and non-members as assignees, viewers and strangers as assigners", async () => {
    const { owner, slug, claim, members } = await createReviewTeam(["viewer"]);
    const { user: stranger } = await createTestUser("Stranger");
    const input = { workspaceSlug: slug, claimId: claim.id, version: claim.version };
    expect(await review.assignClaim(owner.id, { ...input, assigneeId: members[0].id })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await review.assignClaim(owner.id, { ...input, assigneeId: stranger.id })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await review.assignClaim(members[0].id, { ...input, assigneeId: owner.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review.assignClaim(stranger.id, { ...input, assigneeId: stranger.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assigneeId: null, version: claim.version });
  });

  it("lets a reviewer take unassigned work and give back their own, but not reassign others'", async () => {
    const { owner, slug, claim, members, article } = await createReviewTeam(["reviewer"]);
    const [reviewer] = members;
    const ref = { workspaceSlug: slug, claimId: claim.id };
    const taken = unwrap(await review.assignClaim(reviewer.id, { ...ref, version: claim.version, assigneeId: reviewer.id }));
    const released = unwrap(await review.assignClaim(reviewer.id, { ...ref, version: taken.version, assigneeId: null }));
    const toOwner = unwrap(await review.assignClaim(owner.id, { ...ref, version: released.version, assigneeId: owner.id }));
    expect(await review.assignClaim(reviewer.id, { ...ref, version: toOwner.version, assigneeId: reviewer.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const articleRef = { workspaceSlug: slug, articleId: article.articleId };
    expect(unwrap(await review.assignArticle(reviewer.id, { ...articleRef, assigneeId: reviewer.id }))).toMatchObject({ assignee: { id: reviewer.id } });
    expect(await review.assignArticle(reviewer.id, { ...articleRef, assigneeId: owner.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.notification.count({ where: { articleId: article.articleId, kind: "assigned", claimId: null } })).toBe(0);
    unwrap(await review.assignArticle(owner.id, { ...articleRef, assigneeId: reviewer.id }));
    unwrap(await review.assignArticle(owner.id, { ...articleRef, assigneeId: null }));
    unwrap(await review.assignArticle(owner.id, { ...articleRef, assigneeId: reviewer.id }));
    expect(await db.notification.count({ where: { articleId: article.articleId, kind: "assigned", claimId: null, userId: reviewer.id } })).toBe(1);
  });
});

describe("my queue", () => {
  it("lists claims waiting for my review until I reviewed them, my returned claims, and my assignments", async () => {
    const team = await createReviewTeam(["reviewer", "viewer"]);
    const { owner, slug, claim, members, article } = team;
    const [reviewer, viewer] = members;
    const ref = { workspaceSlug: slug, claimId: claim.id };
    const submitted = unwrap(await review.submit(owner.id, { ...ref, version: claim.version }));

    const mine = await getMyQueue(reviewer.id, slug);
    expect(mine.toReview).toMatchObject([{ id: claim.id, status: "verdict_proposed", href: `/w/${slug}/articles/${article.articleId}?claim=${claim.id}` }]);
    expect((await getMyQueue(owner.id, slug)).toReview).toEqual([]);
    expect(await getMyQueue(viewer.id, slug)).toMatchObject({ canReview: false, toReview: [] });

    const back = unwrap(await review.requestChanges(reviewer.id, { ...ref, version: submitted.version, comment: "Add a source." }));
    expect((await getMyQueue(reviewer.id, slug)).toReview).toEqual([]);
    expect((await getMyQueue(owner.id, slug)).returned).toMatchObject([{ id: claim.id, status: "changes_requested" }]);

    unwrap(await review.assignClaim(owner.id, { ...ref, version: back.version, assigneeId: reviewer.id }));
    unwrap(await review.assignArticle(owner.id, { workspaceSlug: slug, articleId: article.articleId, assigneeId: reviewer.id }));
    const assigned = await getMyQueue(reviewer.id, slug);
    expect(assigned.assignedClaims).toMatchObject([{ id: claim.id }]);
    expect(assigned.assignedArticles).toMatchObject([{ id: article.articleId, claims: 1, unfinished: 1 }]);
    await expect(getMyQueue((await createTestUser("Stranger")).user.id, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists annotators only", async () => {
    const { owner, slug, members } = await createReviewTeam(["reviewer", "viewer", "editor"]);
    const annotators = await listAnnotators(owner.id, slug);
    expect(annotators.map((member) => member.role).sort()).toEqual(["editor", "owner", "reviewer"]);
    expect(annotators.some((member) => member.id === members[1].id)).toBe(false);
  });
});
