import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/members/remove-member";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestTeam, createTestUser, TEST_PASSWORD } from "@/test/factories";
import { changePassword } from "./change-password";
import { verifyPassword } from "./password";
import { changePasswordSchema } from "./schema";

// getCurrentUser reads the session cookie; here the session is whatever token a test holds, as
// next-auth's getToken would decode it from the cookie.
let session: { user: { id: string }; sessionVersion: number } | null = null;
vi.mock("@/lib/auth/session-token", () => ({
  readSessionClaims: async () => (session ? { userId: session.user.id, sessionVersion: session.sessionVersion } : null),
}));
const { getCurrentUser } = await import("./current-user");

// getCurrentUser is cached per request (React cache); outside React every call is fresh.
async function currentUserWith(token: typeof session) {
  session = token;
  return getCurrentUser();
}

const change = (userId: string, input: unknown) => runAction(changePasswordSchema, input, (data) => changePassword(userId, data));
const NEW_PASSWORD = "a brand new passphrase";

describe("sessions end on password change", () => {
  it("changing the password refuses every token issued before, and the new password works", async () => {
    const { user } = await createTestUser("Changer");
    const oldToken = { user: { id: user.id }, sessionVersion: user.sessionVersion };
    expect(await currentUserWith(oldToken)).toMatchObject({ id: user.id });

    const result = await change(user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: undefined });

    expect(await currentUserWith(oldToken)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await currentUserWith({ user: { id: user.id }, sessionVersion: stored.sessionVersion })).toMatchObject({ id: user.id });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(false);
  });

  it("a wrong current password, a mismatch or a short password change nothing and say why", async () => {
    const { user } = await createTestUser("Careful");
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    expect(await change(user.id, { currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { currentPassword: ["Your current password is not correct."] },
    });
    expect(await change(user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "something else" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two new passwords do not match."] },
    });
    expect(await change(user.id, { currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["Use at least 12 characters."] },
    });
    expect(await change(user.id, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["Choose a password different from your current one."] },
    });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
  });

  it("an account without a password (GitHub or Google) is told so", async () => {
    const user = await db.user.create({ data: { name: "OAuth Only", email: `oauth.${Date.now()}@example.org` } });
    expect(await change(user.id, { currentPassword: "anything", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      error: "Your account signs in with GitHub or Google and has no password to change.",
    });
  });
});

describe("sessions end on removal from a workspace", () => {
  it("the removed member's token stops working at once; other members keep theirs", async () => {
    const { owner, workspace } = await createTestTeam("Remover");
    const { user: removed } = await createTestUser("Removed");
    const { user: stays } = await createTestUser("Stays");
    const membership = await addMember(workspace.id, removed.id, "editor");
    await addMember(workspace.id, stays.id, "viewer");
    const removedToken = { user: { id: removed.id }, sessionVersion: removed.sessionVersion };
    const staysToken = { user: { id: stays.id }, sessionVersion: stays.sessionVersion };

    await removeMember(owner.id, { workspaceSlug: workspace.slug, membershipId: membership.id });

    expect(await currentUserWith(removedToken)).toBeNull();
    expect(await currentUserWith(staysToken)).toMatchObject({ id: stays.id });
  });
});
