import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/server/run-action";
import { addMember, createTestArticle, createTestUser, selectionOf } from "@/test/factories";
import { act, unwrap } from "@/lib/claims/test-actions";
import { DEFAULT_RATING_SCALE } from "./default-rating-scale";
import { getRatingScale } from "./queries";
import { updateRatingScaleSchema } from "./schema";
import { updateRatingScale } from "./update-rating-scale";

const save = (userId: string, input: unknown) => runAction(updateRatingScaleSchema, input, (data) => updateRatingScale(userId, data));

describe("rating scale", () => {
  it("gives every new workspace the default scale in order", async () => {
    const { user, workspace } = await createTestUser("Scale Owner");
    const scale = await getRatingScale(user.id, workspace.slug);
    expect(scale?.canManage).toBe(true);
    expect(scale?.labels.map(({ label, value, color, position }) => ({ label, value, color, position }))).toEqual(
      DEFAULT_RATING_SCALE.map(({ label, value, color }, position) => ({ label, value, color, position })),
    );
  });

  it("gives a workspace created without one the default scale on first read", async () => {
    const { user, workspace } = await createTestUser("Old Workspace");
    await db.ratingLabel.deleteMany({ where: { workspaceId: workspace.id } });
    const [first, second] = await Promise.all([getRatingScale(user.id, workspace.slug), getRatingScale(user.id, workspace.slug)]);
    expect(first?.labels).toHaveLength(DEFAULT_RATING_SCALE.length);
    expect(second?.labels).toHaveLength(DEFAULT_RATING_SCALE.length);
  });

  it("lets the owner rename, recolour, reorder, add and remove labels", async () => {
    const { user, workspace } = await createTestUser("Scale Editor");
    const labels = (await getRatingScale(user.id, workspace.slug))!.labels;
    const [trueLabel, mostlyTrue] = labels;
    const result = unwrap(
      await save(user.id, {
        workspaceSlug: workspace.slug,
        labels: [
          // Swapping two names in one save must not trip the unique index.
          { id: mostlyTrue.id, label: "True", color: "#00AA00", value: 5 },
          { id: trueLabel.id, label: "Mostly true", color: trueLabel.color, value: 4, description: "  " },
          { label: "Pants on fire", color: "#7f1d1d", value: 1, description: "Ridiculous." },
        ],
      }),
    );
    expect(result.map(({ id, label, color, position, description }) => ({ id, label, color, position, description }))).toEqual([
      { id: mostlyTrue.id, label: "True", color: "#00aa00", position: 0, description: null },
      { id: trueLabel.id, label: "Mostly true", color: trueLabel.color, position: 1, description: null },
      { id: expect.any(String), label: "Pants on fire", color: "#7f1d1d", position: 2, description: "Ridiculous." },
    ]);
    expect(await db.ratingLabel.count({ where: { workspaceId: workspace.id } })).toBe(3);
  });

  it("refuses to remove a label claims use, naming it and the count, and saves nothing", async () => {
    const { user, workspace } = await createTestUser("Scale Keeper");
    const article = await createTestArticle(user.id, workspace.slug, "Taxes went up for everyone.");
    const labels = (await getRatingScale(user.id, workspace.slug))!.labels;
    const mostlyFalse = labels.find((label) => label.label === "Mostly false")!;
    for (const quote of ["Taxes went up", "for everyone"]) {
      const claim = unwrap(await act.createClaim(user.id, { workspaceSlug: workspace.slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }));
      unwrap(await act.updateClaim(user.id, { workspaceSlug: workspace.slug, claimId: claim.id, version: 1, patch: { ratingLabelId: mostlyFalse.id } }));
    }
    const kept = labels.filter((label) => label.id !== mostlyFalse.id).map(({ id, label, color, value }) => ({ id, label: `${label}!`, color, value }));
    const result = await save(user.id, { workspaceSlug: workspace.slug, labels: kept });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", error: expect.stringContaining("“Mostly false” is the rating of 2 claims") });
    expect((await getRatingScale(user.id, workspace.slug))?.labels).toEqual(labels);
  });

  it("answers invalid scales with per-row field errors", async () => {
    const { user, workspace } = await createTestUser("Scale Validator");
    const row = { label: "True", color: "#16a34a", value: 5 };
    const cases = [
      [[row], "labels"],
      [Array.from({ length: 13 }, (_, index) => ({ ...row, label: `Label ${index}` })), "labels"],
      [[row, { ...row, label: "true " }], "labels.1.label"],
      [[row, { ...row, label: "Other", color: "green" }], "labels.1.color"],
      [[row, { ...row, label: "Other", value: 2.5 }], "labels.1.value"],
      [[row, { ...row, label: "x".repeat(41) }], "labels.1.label"],
    ] as const;
    for (const [labels, field] of cases) {
      expect(await save(user.id, { workspaceSlug: workspace.slug, labels }), field).toMatchObject({ ok: false, fieldErrors: { [field]: expect.any(Array) } });
    }
    expect(await db.ratingLabel.count({ where: { workspaceId: workspace.id } })).toBe(DEFAULT_RATING_SCALE.length);
  });

  it("lets only owners change the scale; non-members do not see it", async () => {
    const { user: owner, workspace } = await createTestUser("Scale Boss");
    const labels = [
      { label: "Yes", color: "#16a34a", value: 5 },
      { label: "No", color: "#dc2626", value: 1 },
    ];
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      const { user } = await createTestUser(role);
      await addMember(workspace.id, user.id, role);
      expect((await getRatingScale(user.id, workspace.slug))?.canManage).toBe(false);
      expect(await save(user.id, { workspaceSlug: workspace.slug, labels }), role).toMatchObject({ ok: false, code: "FORBIDDEN", error: "Only workspace owners can change the rating scale." });
    }
    const { user: outsider } = await createTestUser("Scale Outsider");
    expect(await getRatingScale(outsider.id, workspace.slug)).toBeNull();
    expect(await save(outsider.id, { workspaceSlug: workspace.slug, labels })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await getRatingScale(owner.id, workspace.slug))?.labels).toHaveLength(DEFAULT_RATING_SCALE.length);
  });
});
