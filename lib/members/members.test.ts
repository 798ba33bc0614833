import { describe, expect, it } from "vitest";
import { listWorkspaceArticles } from "@/lib/articles/queries";
import { act } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestArticle, createTestTeam, createTestUser, selectionOf } from "@/test/factories";
import { changeMemberRole } from "./change-member-role";
import { leaveWorkspace } from "./leave-workspace";
import { LAST_OWNER_MESSAGE } from "./lock-owners";
import { listMembers } from "./queries";
import { removeMember } from "./remove-member";
import { changeMemberRoleSchema, leaveWorkspaceSchema, removeMemberSchema } from "./schema";

const changeRole = (userId: string, input: unknown) => runAction(changeMemberRoleSchema, input, (data) => changeMemberRole(userId, data));
const remove = (userId: string, input: unknown) => runAction(removeMemberSchema, input, (data) => removeMember(userId, data));
const leave = (userId: string, input: unknown) => runAction(leaveWorkspaceSchema, input, (data) => leaveWorkspace(userId, data));

const roleOf = async (membershipId: string) => (await db.membership.findUnique({ where: { id: membershipId } }))?.role;

describe("members", () => {
  it("lists members owners first with name, email, role and join date, to any member", async () => {
    const { owner, workspace } = await createTestTeam("List Owner");
    const { user: viewer } = await createTestUser("List Viewer");
    await addMember(workspace.id, viewer.id, "viewer");
    const view = await listMembers(viewer.id, workspace.slug);
    expect(view?.canManage).toBe(false);
    expect(view?.members.map(({ name, email, role }) => ({ name, email, role }))).toEqual([
      { name: "List Owner", email: owner.email, role: "owner" },
      { name: "List Viewer", email: viewer.email, role: "viewer" },
    ]);
    expect((await listMembers(owner.id, workspace.slug))?.canManage).toBe(true);
    const { user: outsider } = await createTestUser("List Outsider");
    expect(await listMembers(outsider.id, workspace.slug)).toBeNull();
  });

  it("lets an owner change roles, including making a second owner", async () => {
    const { owner, workspace } = await createTestTeam();
    const { user } = await createTestUser("Role Changee");
    const membership = await addMember(workspace.id, user.id, "reviewer");
    for (const role of ["viewer", "editor", "owner", "reviewer"] as const) {
      expect(await changeRole(owner.id, { workspaceSlug: workspace.slug, membershipId: membership.id, role })).toEqual({
        ok: true,
        data: { membershipId: membership.id, role },
      });
      expect(await roleOf(membership.id)).toBe(role);
    }
  });

  it("refuses to demote or remove the last owner, and lets them go once there is another", async () => {
    const { owner, workspace } = await createTestTeam("Only Owner");
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: owner.id } });
    const ref = { workspaceSlug: workspace.slug, membershipId: ownerMembership.id };
    expect(await changeRole(owner.id, { ...ref, role: "editor" })).toMatchObject({ ok: false, code: "CONFLICT", error: LAST_OWNER_MESSAGE });
    expect(await remove(owner.id, ref)).toMatchObject({ ok: false, code: "CONFLICT", error: LAST_OWNER_MESSAGE });
    expect(await leave(owner.id, { workspaceSlug: workspace.slug })).toMatchObject({ ok: false, code: "CONFLICT", error: LAST_OWNER_MESSAGE });
    expect(await roleOf(ownerMembership.id)).toBe("owner");

    const { user: second } = await createTestUser("Second Owner");
    await addMember(workspace.id, second.id, "owner");
    expect(await changeRole(owner.id, { ...ref, role: "editor" })).toMatchObject({ ok: true });
    expect(await roleOf(ownerMembership.id)).toBe("editor");
  });

  it("keeps one owner when two owners demote each other at the same time", async () => {
    const { owner: first, workspace } = await createTestTeam("Race Owner");
    const { user: second } = await createTestUser("Race Owner Two");
    const firstMembership = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: first.id } });
    const secondMembership = await addMember(workspace.id, second.id, "owner");
    const results = await Promise.all([
      changeRole(first.id, { workspaceSlug: workspace.slug, membershipId: secondMembership.id, role: "viewer" }),
      changeRole(second.id, { workspaceSlug: workspace.slug, membershipId: firstMembership.id, role: "viewer" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
  });

  it("lets any member leave; the personal workspace's sole owner cannot", async () => {
    const { workspace } = await createTestTeam();
    const { user, workspace: personal } = await createTestUser("Leaver");
    await addMember(workspace.id, user.id, "reviewer");
    expect(await leave(user.id, { workspaceSlug: workspace.slug })).toEqual({ ok: true, data: { nextSlug: personal.slug } });
    expect(await listMembers(user.id, workspace.slug)).toBeNull();
    expect(await leave(user.id, { workspaceSlug: personal.slug })).toMatchObject({ ok: false, error: LAST_OWNER_MESSAGE });
  });

  it("refuses member management to every role but owner (FORBIDDEN) and to non-members (NOT_FOUND)", async () => {
    const { owner, workspace } = await createTestTeam();
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: owner.id } });
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      const { user } = await createTestUser(`Forger ${role}`);
      const own = await addMember(workspace.id, user.id, role);
      // A viewer forging a request to promote themselves, or to remove the owner, is refused.
      expect(await changeRole(user.id, { workspaceSlug: workspace.slug, membershipId: own.id, role: "owner" }), role).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        error: "Only workspace owners can manage members and invitations.",
      });
      expect(await remove(user.id, { workspaceSlug: workspace.slug, membershipId: ownerMembership.id }), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await roleOf(own.id)).toBe(role);
    }
    const { user: outsider } = await createTestUser("Outsider");
    expect(await changeRole(outsider.id, { workspaceSlug: workspace.slug, membershipId: ownerMembership.id, role: "viewer" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await remove(outsider.id, { workspaceSlug: workspace.slug, membershipId: ownerMembership.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await leave(outsider.id, { workspaceSlug: workspace.slug })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await roleOf(ownerMembership.id)).toBe("owner");
  });

  it("does not let an owner reach a membership of another workspace by id", async () => {
    const { owner } = await createTestTeam("Owner A", "Newsroom A");
    const { owner: other, workspace: otherWorkspace } = await createTestTeam("Owner B", "Newsroom B");
    const ownerA = await db.workspace.findFirstOrThrow({ where: { memberships: { some: { userId: owner.id } }, personal: false } });
    const victim = await db.membership.findFirstOrThrow({ where: { workspaceId: otherWorkspace.id, userId: other.id } });
    expect(await remove(owner.id, { workspaceSlug: ownerA.slug, membershipId: victim.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await roleOf(victim.id)).toBe("owner");
  });

  it("a removed member's old session can no longer read or change the workspace", async () => {
    const { owner, workspace } = await createTestTeam();
    const { user } = await createTestUser("Removed Editor");
    const membership = await addMember(workspace.id, user.id, "editor");
    const article = await createTestArticle(owner.id, workspace.slug, "The budget doubled last year.");
    expect(await listWorkspaceArticles(user.id, workspace.slug)).not.toBeNull();

    expect(await remove(owner.id, { workspaceSlug: workspace.slug, membershipId: membership.id })).toMatchObject({ ok: true });

    expect(await listWorkspaceArticles(user.id, workspace.slug)).toBeNull();
    expect(await listMembers(user.id, workspace.slug)).toBeNull();
    const claim = await act.createClaim(user.id, {
      workspaceSlug: workspace.slug,
      articleId: article.articleId,
      anchor: selectionOf(article.plainText, "The budget doubled"),
    });
    expect(claim).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.claim.count({ where: { articleId: article.articleId } })).toBe(0);
  });
});
