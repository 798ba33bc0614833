import { describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/lib/auth/actions";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createTestUser, TEST_PASSWORD } from "@/test/factories";

// signUpAction reads the request's address for its rate limit; vitest has no Next request.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }) }));

describe("sign-up", () => {
  it("creates the user, an argon2id hash and a personal workspace they own", async () => {
    const { user, workspace } = await createTestUser("Ada Fact");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "wrong password!!")).toBe(false);
    const membership = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
    expect(membership).toMatchObject({ workspaceId: workspace.id, role: "owner" });
    expect(workspace.personal).toBe(true);
  });

  it("answers malformed input with a message per field and saves nothing", async () => {
    const before = await db.user.count();
    const result = await signUpAction({ name: "", email: "not-an-email", password: "short" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.name?.[0]).toMatch(/name/i);
    expect(result.fieldErrors?.email?.[0]).toMatch(/valid email/i);
    expect(result.fieldErrors?.password?.[0]).toMatch(/12 characters/);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses wrongly typed input without throwing", async () => {
    const result = await signUpAction({ name: 42, email: ["a@b.c"], password: null });
    expect(result.ok).toBe(false);
  });

  it("refuses a duplicate email (in any letter case) and leaves no half-created workspace", async () => {
    const { user } = await createTestUser("Dup Licate");
    const workspacesBefore = await db.workspace.count();
    const result = await signUpAction({ name: "Someone Else", email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/already exists/) });
    expect(await db.workspace.count()).toBe(workspacesBefore);
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });
});
