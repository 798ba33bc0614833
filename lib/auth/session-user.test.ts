import { z } from "zod";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { runUserAction } from "@/lib/server/run-action";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import { addMember, createTestTeam, createTestUser } from "@/test/factories";

// The session cookie is the one mock: whatever token a test holds, as getToken would decode it.
let claims: { userId: string; sessionVersion: number } | null = null;
vi.mock("@/lib/auth/session-token", () => ({ readSessionClaims: async () => claims }));
const { readSessionUser } = await import("./current-user");

const signIn = (user: { id: string; sessionVersion: number }) => (claims = { userId: user.id, sessionVersion: user.sessionVersion });
const refSchema = z.object({ workspaceSlug: z.string().min(1).max(100) });

describe("the session user and their membership, in one read", () => {
  it("gives the user with their membership of the workspace asked about", async () => {
    const { owner, workspace } = await createTestTeam();
    const { user: editor } = await createTestUser("Editor");
    await addMember(workspace.id, editor.id, "editor");
    signIn(editor);
    expect(await readSessionUser(workspace.slug)).toEqual({
      user: { id: editor.id, name: editor.name, email: editor.email },
      membership: { id: workspace.id, slug: workspace.slug, name: workspace.name, role: "editor" },
    });
    signIn(owner);
    expect((await readSessionUser(workspace.slug))?.membership?.role).toBe("owner");
    // The same as the action's own membership read.
    expect((await readSessionUser(workspace.slug))?.membership).toEqual(await findMemberWorkspace(owner.id, workspace.slug));
  });

  it("gives no membership for another team's workspace, an unknown slug or none", async () => {
    const { workspace } = await createTestTeam();
    const { user: outsider, workspace: own } = await createTestUser("Outsider");
    signIn(outsider);
    expect(await readSessionUser(workspace.slug)).toMatchObject({ user: { id: outsider.id }, membership: null });
    expect(await readSessionUser("no-such-workspace")).toMatchObject({ user: { id: outsider.id }, membership: null });
    expect(await readSessionUser()).toMatchObject({ user: { id: outsider.id }, membership: null });
    expect((await readSessionUser(own.slug))?.membership?.id).toBe(own.id);
  });

  it("is no session for a stale session version, a deleted user or no cookie", async () => {
    const { user, workspace } = await createTestUser("Stale");
    claims = { userId: user.id, sessionVersion: user.sessionVersion + 1 };
    expect(await readSessionUser(workspace.slug)).toBeNull();
    claims = { userId: "no-such-user", sessionVersion: 0 };
    expect(await readSessionUser(workspace.slug)).toBeNull();
    claims = null;
    expect(await readSessionUser(workspace.slug)).toBeNull();
  });
});

describe("server actions take the membership their session check read", () => {
  it("for the action's own user and workspace, once: a second read goes to the database", async () => {
    const { workspace } = await createTestTeam();
    const { user: editor } = await createTestUser("Editor");
    await addMember(workspace.id, editor.id, "editor");
    signIn(editor);
    const result = await runUserAction(refSchema, { workspaceSlug: workspace.slug }, async (user, data) => {
      // Removed after the session check: the first read is the session check's, the next is fresh.
      await db.membership.deleteMany({ where: { workspaceId: workspace.id, userId: user.id } });
      const first = await findMemberWorkspace(user.id, data.workspaceSlug);
      const second = await findMemberWorkspace(user.id, data.workspaceSlug);
      return { first: first?.role ?? null, second: second?.role ?? null };
    });
    expect(result).toEqual({ ok: true, data: { first: "editor", second: null } });
  });

  it("never for another user or another workspace", async () => {
    const { owner, workspace } = await createTestTeam();
    const { user: outsider, workspace: own } = await createTestUser("Outsider");
    signIn(outsider);
    const result = await runUserAction(refSchema, { workspaceSlug: own.slug }, async (user) => ({
      ownerThere: (await findMemberWorkspace(owner.id, own.slug))?.role ?? null,
      outsiderElsewhere: (await findMemberWorkspace(user.id, workspace.slug))?.role ?? null,
      outsiderHome: (await findMemberWorkspace(user.id, own.slug))?.role ?? null,
    }));
    expect(result).toEqual({ ok: true, data: { ownerThere: null, outsiderElsewhere: null, outsiderHome: "owner" } });
  });

  it("a non-member is refused as before, and a malformed slug is left to the schema", async () => {
    const { workspace } = await createTestTeam();
    const { user: outsider } = await createTestUser("Outsider");
    signIn(outsider);
    const refuse = async (_user: unknown, data: { workspaceSlug: string }) => {
      if (!(await findMemberWorkspace(outsider.id, data.workspaceSlug))) throw new AppError("NOT_FOUND", "That workspace does not exist.");
      return "let in";
    };
    expect(await runUserAction(refSchema, { workspaceSlug: workspace.slug }, refuse)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runUserAction(refSchema, { workspaceSlug: "x".repeat(500) }, refuse)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await runUserAction(refSchema, { workspaceSlug: 42 }, refuse)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });
});
