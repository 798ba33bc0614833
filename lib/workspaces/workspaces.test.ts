import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale/default-rating-scale";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestUser } from "@/test/factories";
import { createWorkspace } from "./create-workspace";
import { GRANTS, can } from "./permissions";
import { getWorkspaceSettings, listUserWorkspaces } from "./queries";
import { createWorkspaceSchema, updateWorkspaceSettingsSchema } from "./schema";
import { updateWorkspaceSettings } from "./update-workspace-settings";

const create = (userId: string, input: unknown) => runAction(createWorkspaceSchema, input, (data) => createWorkspace(userId, data));
const update = (userId: string, input: unknown) => runAction(updateWorkspaceSettingsSchema, input, (data) => updateWorkspaceSettings(userId, data));

describe("workspaces", () => {
  it("each role grants what the one before it does not take away", () => {
    expect(GRANTS.viewer.every((permission) => can("reviewer", permission))).toBe(true);
    expect(GRANTS.reviewer.every((permission) => can("editor", permission))).toBe(true);
    expect(GRANTS.editor.every((permission) => can("owner", permission))).toBe(true);
    expect(can("viewer", "claim:annotate")).toBe(false);
    expect(can("reviewer", "article:edit")).toBe(false);
    expect(can("editor", "members:manage")).toBe(false);
  });

  it("creates a team workspace the creator owns, with the default rating scale", async () => {
    const { user } = await createTestUser("Founder");
    const result = await create(user.id, { name: "  Fact Desk Europe " });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.slug).toMatch(/^fact-desk-europe-[0-9a-f]{6}$/);
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: result.data.slug } });
    expect(workspace).toMatchObject({ name: "Fact Desk Europe", personal: false, approvalsRequired: 1 });
    expect(await db.ratingLabel.count({ where: { workspaceId: workspace.id } })).toBe(DEFAULT_RATING_SCALE.length);
    expect((await listUserWorkspaces(user.id)).map(({ name, role }) => ({ name, role }))).toEqual([
      { name: "Founder's workspace", role: "owner" },
      { name: "Fact Desk Europe", role: "owner" },
    ]);
    expect(await create(user.id, { name: "   " })).toMatchObject({ ok: false, fieldErrors: { name: ["Name the workspace."] } });
  });

  it("lets owners rename and set approvals 1–5; others read, outsiders get nothing", async () => {
    const { user: owner, workspace } = await createTestUser("Settings Owner");
    const ok = await update(owner.id, { workspaceSlug: workspace.slug, name: "Renamed desk", approvalsRequired: 3 });
    expect(ok).toEqual({ ok: true, data: { slug: workspace.slug, name: "Renamed desk", approvalsRequired: 3 } });
    for (const approvalsRequired of [0, 6, 2.5]) {
      expect(await update(owner.id, { workspaceSlug: workspace.slug, name: "X", approvalsRequired })).toMatchObject({ ok: false, fieldErrors: { approvalsRequired: expect.any(Array) } });
    }
    const { user: editor } = await createTestUser("Settings Editor");
    await addMember(workspace.id, editor.id, "editor");
    expect(await getWorkspaceSettings(editor.id, workspace.slug)).toMatchObject({ canManage: false, approvalsRequired: 3 });
    expect(await update(editor.id, { workspaceSlug: workspace.slug, name: "Hijacked", approvalsRequired: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const { user: outsider } = await createTestUser("Settings Outsider");
    expect(await getWorkspaceSettings(outsider.id, workspace.slug)).toBeNull();
    expect(await update(outsider.id, { workspaceSlug: workspace.slug, name: "Hijacked", approvalsRequired: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.workspace.findUnique({ where: { id: workspace.id } })).toMatchObject({ name: "Renamed desk", approvalsRequired: 3 });
  });
});
