import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/server/run-action";
import { db } from "@/lib/db";
import { addMember, claimEventsOf, createTestArticle, createTestClaim, createTestUser } from "@/test/factories";
import { addComment } from "./add-comment";
import { deleteComment } from "./delete-comment";
import { listComments, listMentionableMembers } from "./queries";
import { addCommentSchema } from "./schema";

async function team() {
  const { user: alice, workspace } = await createTestUser("Alice Checker");
  const { user: bob } = await createTestUser("Bob Reviewer");
  const { user: vera } = await createTestUser("Vera Viewer");
  await addMember(workspace.id, bob.id, "reviewer");
  await addMember(workspace.id, vera.id, "viewer");
  const article = await createTestArticle(alice.id, workspace.slug, "The mayor said crime fell by half last year.");
  const claim = await createTestClaim(alice.id, workspace.slug, article, "crime fell by half");
  return { alice, bob, vera, workspace, claim, ref: { workspaceSlug: workspace.slug, claimId: claim.id } };
}

describe("comments", () => {
  it("stores the body exactly as posted, resolves mentions, notifies them (not the author) and records the comment", async () => {
    const { alice, bob, vera, workspace, ref } = await team();
    const body = `<script>alert(1)</script> @Bob Reviewer and @${vera.email}, see this. @Alice Checker @Nobody`;
    const comment = await addComment(alice.id, { ...ref, body });
    expect(comment.body).toBe(body);
    expect(comment.mentions.map((person) => person.id).sort()).toEqual([alice.id, bob.id, vera.id].sort());
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored.body).toBe(body);

    const notifications = await db.notification.findMany({ where: { workspaceId: workspace.id } });
    expect(notifications.map((n) => n.userId).sort()).toEqual([bob.id, vera.id].sort());
    expect(notifications.every((n) => n.kind === "mentioned" && n.claimId === ref.claimId && n.actorId === alice.id)).toBe(true);

    const events = await claimEventsOf(ref.claimId);
    expect(events.at(-1)).toMatchObject({ kind: "comment", actorId: alice.id, after: { commentId: comment.id } });
    expect(await listComments(vera.id, ref)).toMatchObject([{ id: comment.id, body, author: { name: "Alice Checker" } }]);
  });

  it("does not resolve mentions of people outside the workspace", async () => {
    const { alice, ref } = await team();
    const { user: outsider } = await createTestUser("Olga Outsider");
    const comment = await addComment(alice.id, { ...ref, body: `@Olga Outsider @${outsider.email}` });
    expect(comment.mentions).toEqual([]);
    expect(await db.notification.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("refuses viewers, non-members and empty or oversized bodies", async () => {
    const { vera, ref } = await team();
    await expect(addComment(vera.id, { ...ref, body: "hello" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { user: stranger } = await createTestUser("Stranger");
    await expect(addComment(stranger.id, { ...ref, body: "hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listComments(stranger.id, ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMentionableMembers(stranger.id, ref.workspaceSlug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const body of ["   \n ", "x".repeat(5001)]) {
      const result = await runAction(addCommentSchema, { ...ref, body }, async () => "saved");
      expect(result).toMatchObject({ ok: false, fieldErrors: { body: expect.any(Array) } });
    }
    expect(await db.comment.count({ where: { claimId: ref.claimId } })).toBe(0);
  });

  it("lets only the author delete a comment, which then leaves the thread but not the history", async () => {
    const { alice, bob, ref } = await team();
    const comment = await addComment(bob.id, { ...ref, body: "Source two contradicts this." });
    await expect(deleteComment(alice.id, { workspaceSlug: ref.workspaceSlug, commentId: comment.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteComment(bob.id, { workspaceSlug: ref.workspaceSlug, commentId: comment.id });
    expect(await listComments(alice.id, ref)).toEqual([]);
    expect((await claimEventsOf(ref.claimId)).map((event) => event.kind)).toEqual(["created", "comment", "comment"]);
  });

  it("lists the members who can be mentioned, by name, with their roles", async () => {
    const { alice, vera } = await team();
    const workspace = await db.workspace.findFirstOrThrow({ where: { memberships: { some: { userId: vera.id, role: "viewer" } } } });
    const members = await listMentionableMembers(vera.id, workspace.slug);
    expect(members.map((member) => [member.name, member.role])).toEqual([
      ["Alice Checker", "owner"],
      ["Bob Reviewer", "reviewer"],
      ["Vera Viewer", "viewer"],
    ]);
    expect(members[0].id).toBe(alice.id);
  });
});
