import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestTeam, createTestUser } from "@/test/factories";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { hashInvitationToken } from "./invitation-token";
import { findInvitationByToken, listPendingInvitations } from "./queries";
import { revokeInvitation } from "./revoke-invitation";
import { acceptInvitationSchema, createInvitationSchema, revokeInvitationSchema } from "./schema";

const invite = (userId: string, input: unknown) => runAction(createInvitationSchema, input, (data) => createInvitation(userId, data));
const revoke = (userId: string, input: unknown) => runAction(revokeInvitationSchema, input, (data) => revokeInvitation(userId, data));
const accept = (userId: string, token: string) => runAction(acceptInvitationSchema, { token }, (data) => acceptInvitation(userId, data));

/** The token at the end of an invitation link. */
const tokenOf = (url: string) => url.split("/invite/")[1];

async function invited(role: "editor" | "reviewer" | "viewer" | "owner" = "reviewer") {
  const team = await createTestTeam("Inviting Owner", "Invite Desk");
  const { user: invitee } = await createTestUser("Invitee");
  const result = await invite(team.owner.id, { workspaceSlug: team.workspace.slug, email: ` ${invitee.email.toUpperCase()} `, role });
  if (!result.ok) throw new Error(result.error);
  return { ...team, invitee, invitation: result.data, token: tokenOf(result.data.url) };
}

describe("invitations", () => {
  it("stores only the token's sha256, links to /invite/<token> and expires in 14 days", async () => {
    const { invitation, token, invitee, workspace } = await invited();
    expect(invitation.url).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invitation).toMatchObject({ email: invitee.email, role: "reviewer", emailed: false });
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 1);
    expect(await findInvitationByToken(token)).toMatchObject({ status: "pending", workspaceName: "Invite Desk", inviterName: "Inviting Owner", role: "reviewer", workspaceSlug: workspace.slug });
  });

  it("accepting creates the membership with the invited role, once", async () => {
    const { invitee, token, workspace } = await invited("editor");
    expect(await accept(invitee.id, token)).toEqual({
      ok: true,
      data: { workspaceSlug: workspace.slug, workspaceName: "Invite Desk", role: "editor", alreadyMember: false },
    });
    expect(await db.membership.findFirst({ where: { workspaceId: workspace.id, userId: invitee.id } })).toMatchObject({ role: "editor" });
    expect(await accept(invitee.id, token)).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("already been used") });
    expect((await findInvitationByToken(token))?.status).toBe("accepted");
  });

  it("accepting twice at the same time creates one membership", async () => {
    const { invitee, token, workspace } = await invited();
    const results = await Promise.all([accept(invitee.id, token), accept(invitee.id, token)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: invitee.id } })).toBe(1);
  });

  it("refuses an invitation accepted by someone signed in with another email, naming the invited one", async () => {
    const { invitee, token, workspace } = await invited();
    const { user: forwardee } = await createTestUser("Forwardee");
    const result = await accept(forwardee.id, token);
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", error: expect.stringContaining(`This invitation is for ${invitee.email}`) });
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: forwardee.id } })).toBe(0);
    expect((await findInvitationByToken(token))?.status).toBe("pending");
  });

  it("refuses expired, revoked and unknown links", async () => {
    const expired = await invited();
    await db.invitation.update({ where: { id: expired.invitation.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await accept(expired.invitee.id, expired.token)).toMatchObject({ ok: false, error: expect.stringContaining("expired") });
    expect((await findInvitationByToken(expired.token))?.status).toBe("expired");

    const revoked = await invited();
    expect(await revoke(revoked.owner.id, { workspaceSlug: revoked.workspace.slug, invitationId: revoked.invitation.invitationId })).toMatchObject({ ok: true });
    expect(await accept(revoked.invitee.id, revoked.token)).toMatchObject({ ok: false, error: expect.stringContaining("revoked") });
    expect(await listPendingInvitations(revoked.owner.id, revoked.workspace.slug)).toEqual([]);

    const unknown = "A".repeat(43);
    expect(await findInvitationByToken(unknown)).toBeNull();
    expect(await findInvitationByToken("not-a-token")).toBeNull();
    expect(await accept(expired.invitee.id, unknown)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await accept(expired.invitee.id, "short")).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    for (const { workspace, invitee } of [expired, revoked]) {
      expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: invitee.id } })).toBe(0);
    }
  });

  it("keeps an existing membership and its role when a member accepts an invitation", async () => {
    const { owner, workspace } = await createTestTeam();
    const { user } = await createTestUser("Existing Editor");
    const membership = await addMember(workspace.id, user.id, "editor");
    // Invited before joining some other way: the invitation is still valid, the role stays.
    const pending = await db.invitation.create({
      data: { workspaceId: workspace.id, email: user.email, role: "viewer", tokenHash: hashInvitationToken("B".repeat(43)), invitedById: owner.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    expect(await accept(user.id, "B".repeat(43))).toMatchObject({ ok: true, data: { alreadyMember: true, role: "editor" } });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toMatchObject({ role: "editor" });
    expect((await db.invitation.findUnique({ where: { id: pending.id } }))?.acceptedAt).not.toBeNull();
  });

  it("refuses to invite an existing member, a bad email or role, and into a personal workspace", async () => {
    const { owner, workspace } = await createTestTeam();
    const { user: member } = await createTestUser("Already Here");
    await addMember(workspace.id, member.id, "viewer");
    expect(await invite(owner.id, { workspaceSlug: workspace.slug, email: member.email, role: "editor" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: [`${member.email} is already a member of this workspace.`] },
    });
    expect(await invite(owner.id, { workspaceSlug: workspace.slug, email: "not an email", role: "editor" })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array) } });
    expect(await invite(owner.id, { workspaceSlug: workspace.slug, email: "a@example.org", role: "admin" })).toMatchObject({ ok: false, fieldErrors: { role: expect.any(Array) } });
    const { user: solo, workspace: personal } = await createTestUser("Solo");
    expect(await invite(solo.id, { workspaceSlug: personal.slug, email: "b@example.org", role: "editor" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.invitation.count({ where: { workspaceId: { in: [workspace.id, personal.id] } } })).toBe(0);
  });

  it("a new invitation to the same address replaces the pending one", async () => {
    const { owner, workspace, invitee, token } = await invited();
    const again = await invite(owner.id, { workspaceSlug: workspace.slug, email: invitee.email, role: "editor" });
    expect(again.ok).toBe(true);
    expect((await findInvitationByToken(token))?.status).toBe("revoked");
    expect(await listPendingInvitations(owner.id, workspace.slug)).toEqual([expect.objectContaining({ email: invitee.email, role: "editor", inviterName: "Inviting Owner" })]);
  });

  it("lets only owners invite, revoke and see pending invitations; non-members get NOT_FOUND", async () => {
    const { owner, workspace, invitation } = await invited();
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      const { user } = await createTestUser(`Not owner ${role}`);
      await addMember(workspace.id, user.id, role);
      expect(await invite(user.id, { workspaceSlug: workspace.slug, email: "x@example.org", role: "owner" }), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await revoke(user.id, { workspaceSlug: workspace.slug, invitationId: invitation.invitationId }), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await listPendingInvitations(user.id, workspace.slug)).toBeNull();
    }
    const { user: outsider } = await createTestUser("Invite Outsider");
    expect(await invite(outsider.id, { workspaceSlug: workspace.slug, email: "x@example.org", role: "owner" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await revoke(outsider.id, { workspaceSlug: workspace.slug, invitationId: invitation.invitationId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.invitation.count({ where: { workspaceId: workspace.id } })).toBe(1);
    expect((await listPendingInvitations(owner.id, workspace.slug))?.map((pending) => pending.id)).toEqual([invitation.invitationId]);
  });
});
