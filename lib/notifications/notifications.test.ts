import { describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db";
import { addMember, createTestArticle, createTestClaim, createTestUser } from "@/test/factories";
import { markRead } from "./mark-read";
import { countUnread, listNotifications } from "./queries";

async function mentionedTwice() {
  const { user: alice, workspace } = await createTestUser("Alice Author");
  const { user: bob } = await createTestUser("Bob Mentioned");
  await addMember(workspace.id, bob.id, "editor");
  const article = await createTestArticle(alice.id, workspace.slug, "Unemployment is at a fifty-year low, the minister said.", "Jobs report");
  const claim = await createTestClaim(alice.id, workspace.slug, article, "Unemployment is at a fifty-year low");
  const ref = { workspaceSlug: workspace.slug, claimId: claim.id };
  await addComment(alice.id, { ...ref, body: "@Bob Mentioned first" });
  await addComment(alice.id, { ...ref, body: "@Bob Mentioned second" });
  return { alice, bob, workspace, article, claim };
}

describe("notifications", () => {
  it("lists the user's own, newest first, with what the bell shows and where it leads", async () => {
    const { alice, bob, workspace, article, claim } = await mentionedTwice();
    const page = await listNotifications(bob.id);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      kind: "mentioned",
      readAt: null,
      actor: { name: "Alice Author" },
      workspace: { slug: workspace.slug },
      claim: { id: claim.id, excerpt: "Unemployment is at a fifty-year low" },
      article: { id: article.articleId, title: "Jobs report" },
      href: `/w/${workspace.slug}/articles/${article.articleId}?claim=${claim.id}`,
    });
    expect(await listNotifications(alice.id)).toEqual({ items: [], nextCursor: null });
    expect(await countUnread(bob.id)).toBe(2);
    expect(await countUnread(alice.id)).toBe(0);
  });

  it("marks read only the user's own notifications", async () => {
    const { alice, bob } = await mentionedTwice();
    const [newest, oldest] = (await listNotifications(bob.id)).items;
    expect(await markRead(alice.id, { ids: [newest.id] })).toEqual({ updated: 0, unread: 0 });
    expect(await countUnread(bob.id)).toBe(2);
    expect(await markRead(bob.id, { ids: [newest.id] })).toEqual({ updated: 1, unread: 1 });
    expect((await listNotifications(bob.id, { unreadOnly: true })).items.map((n) => n.id)).toEqual([oldest.id]);
    expect(await markRead(bob.id, { all: true })).toEqual({ updated: 1, unread: 0 });
    expect((await listNotifications(bob.id)).items.every((n) => n.readAt !== null)).toBe(true);
  });

  it("pages with a cursor and filters by workspace", async () => {
    const { bob, workspace } = await mentionedTwice();
    const { user: carol, workspace: other } = await createTestUser("Carol Elsewhere");
    await addMember(other.id, bob.id, "reviewer");
    const article = await createTestArticle(carol.id, other.slug, "Taxes went down for everyone.");
    const claim = await createTestClaim(carol.id, other.slug, article, "Taxes went down");
    for (let i = 0; i < 21; i++) await addComment(carol.id, { workspaceSlug: other.slug, claimId: claim.id, body: `@Bob Mentioned ${i}` });
    const first = await listNotifications(bob.id);
    expect(first.items).toHaveLength(20);
    const second = await listNotifications(bob.id, { cursor: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.items).toHaveLength(3);
    expect((await listNotifications(bob.id, { workspaceSlug: workspace.slug })).items).toHaveLength(2);
  });

  it("hides notifications from workspaces the user has left", async () => {
    const { bob, workspace } = await mentionedTwice();
    await db.membership.deleteMany({ where: { workspaceId: workspace.id, userId: bob.id } });
    expect(await countUnread(bob.id)).toBe(0);
    expect((await listNotifications(bob.id)).items).toEqual([]);
  });
});
