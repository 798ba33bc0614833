import { describe, expect, it } from "vitest";
import { act, unwrap } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import { review } from "@/lib/review/test-actions";
import { createReviewTeam, createTestArticle, selectionOf } from "@/test/factories";
import { loadDashboard } from "./load-dashboard";
import { loadDashboardVersion } from "./load-dashboard-version";
import type { DashboardQuery } from "./types";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * A small workspace worked through the real review flow:
 *   A1 "Test article": c0 (owner, True) approved without an independent verdict.
 *   A2 "Second article":
 *     c1 (owner, True) submitted, reviewer records "False": disputed, still proposed.
 *     c2 (editor, False) submitted, reviewer approves recording "False": approved.
 *     c3 (owner, True) submitted, reviewer requests changes; then orphaned and assigned to the editor.
 *     c4 (editor) deleted.
 * Reviews are moved to 2, 4, 6 and 10 hours after their round's submission.
 */
async function workedWorkspace() {
  const team = await createReviewTeam(["reviewer", "editor"]);
  const { owner, slug, labels } = team;
  const [reviewer, editor] = team.members;
  const label = (name: string) => labels.find((each) => each.label === name)!.id;
  const text = "Alpha beta gamma rose. Delta epsilon zeta fell. Eta theta iota doubled. Kappa lambda mu halved.";
  const article = await createTestArticle(owner.id, slug, text, "Second article");
  const claimOn = async (userId: string, quote: string, ratingLabelId: string | null) => {
    const created = unwrap(await act.createClaim(userId, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(article.plainText, quote) }));
    if (!ratingLabelId) return created;
    return unwrap(await act.updateClaim(userId, { workspaceSlug: slug, claimId: created.id, version: created.version, patch: { ratingLabelId } }));
  };
  const c1 = await claimOn(owner.id, "Alpha beta gamma", label("True"));
  const c2 = await claimOn(editor.id, "Delta epsilon zeta", label("False"));
  const c3 = await claimOn(owner.id, "Eta theta iota", label("True"));
  const c4 = await claimOn(editor.id, "Kappa lambda mu", null);

  const submit = async (userId: string, claimId: string, version: number) => unwrap(await review.submit(userId, { workspaceSlug: slug, claimId, version }));
  const s0 = await submit(owner.id, team.claim.id, team.claim.version);
  unwrap(await review.approve(reviewer.id, { workspaceSlug: slug, claimId: s0.id, version: s0.version }));
  const s1 = await submit(owner.id, c1.id, c1.version);
  unwrap(await review.approve(reviewer.id, { workspaceSlug: slug, claimId: s1.id, version: s1.version, independentRatingLabelId: label("False") }));
  const s2 = await submit(editor.id, c2.id, c2.version);
  unwrap(await review.approve(reviewer.id, { workspaceSlug: slug, claimId: s2.id, version: s2.version, independentRatingLabelId: label("False") }));
  const s3 = await submit(owner.id, c3.id, c3.version);
  unwrap(await review.requestChanges(reviewer.id, { workspaceSlug: slug, claimId: s3.id, version: s3.version, comment: "Which year?" }));
  unwrap(await act.deleteClaim(editor.id, { workspaceSlug: slug, claimId: c4.id }));
  await db.claim.update({ where: { id: c3.id }, data: { anchorStatus: "orphaned", assigneeId: editor.id, version: { increment: 1 } } });

  const reviewHours = [2, 4, 6, 10];
  for (const [index, claimId] of [s0.id, c1.id, c2.id, c3.id].entries()) {
    const submitted = await db.claimEvent.findFirstOrThrow({ where: { claimId, kind: "submitted" } });
    await db.review.updateMany({ where: { claimId }, data: { createdAt: new Date(submitted.createdAt.getTime() + reviewHours[index] * HOUR_MS) } });
  }
  return { ...team, reviewer, editor, label, article, claims: { c0: team.claim.id, c1: c1.id, c2: c2.id, c3: c3.id, c4: c4.id } };
}

function queryFor(workspaceId: string, overrides: Partial<DashboardQuery> = {}): DashboardQuery {
  const now = Date.now();
  return { workspaceId, from: new Date(now - DAY_MS), to: new Date(now + DAY_MS), waitingThresholdHours: 0, articlePage: 1, articlePageSize: 10, ...overrides };
}

describe("loadDashboard", () => {
  it("counts every section of a worked workspace", async () => {
    const team = await workedWorkspace();
    const data = await loadDashboard(queryFor(team.workspace.id));

    expect(data.totals).toEqual({ total: 4, working: 1, proposed: 1, approved: 2, disputed: 1, orphaned: 1 });

    expect(data.articles.total).toBe(2);
    expect(data.articles.rows.map((row) => [row.title, row.progress])).toEqual([
      ["Second article", { total: 3, working: 1, proposed: 1, approved: 1, disputed: 1, orphaned: 1 }],
      ["Test article", { total: 1, working: 0, proposed: 0, approved: 1, disputed: 0, orphaned: 0 }],
    ]);

    const verdicts = Object.fromEntries(data.verdicts.map((row) => [row.label, [row.count, row.approved]]));
    expect(verdicts).toEqual({ True: [3, 1], "Mostly true": [0, 0], "Half true": [0, 0], "Mostly false": [0, 0], False: [1, 1], Misleading: [0, 0], Unproven: [0, 0] });
    expect(data.verdicts.map((row) => row.label)).toEqual(["True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven"]);

    const members = Object.fromEntries(data.members.map((row) => [row.userId, row]));
    expect(members[team.owner.id]).toMatchObject({ role: "owner", claimsAnnotated: 3, reviewsDone: 0, medianReviewHours: null, openItems: 1 });
    expect(members[team.editor.id]).toMatchObject({ role: "editor", claimsAnnotated: 1, reviewsDone: 0, openItems: 1 });
    expect(members[team.reviewer.id]).toMatchObject({ role: "reviewer", claimsAnnotated: 0, reviewsDone: 4, openItems: 0 });
    // Median of 2, 4, 6 and 10 hours.
    expect(members[team.reviewer.id].medianReviewHours).toBeCloseTo(5, 2);

    // Pairs (claim verdict, reviewer's verdict): (True, False) and (False, False).
    // p_o = 1/2; claim side True 1/2, False 1/2; reviewer side False 2/2; p_e = 1/2; kappa 0.
    expect(data.agreement.pairs).toBe(2);
    expect(data.agreement.percentAgreement).toBeCloseTo(0.5, 12);
    expect(data.agreement.kappa).toBeCloseTo(0, 12);

    const reviewDays = (await db.review.findMany({ where: { claim: { workspaceId: team.workspace.id } } })).map((row) => row.createdAt.toISOString().slice(0, 10));
    const today = new Date().toISOString().slice(0, 10);
    expect(data.activity).toHaveLength(3);
    for (const day of data.activity) {
      expect(day.claims).toBe(day.day === today ? 4 : 0);
      expect(day.reviews).toBe(reviewDays.filter((each) => each === day.day).length);
    }
    expect(data.range).toEqual({ from: data.activity[0].day, to: data.activity[2].day });
  });

  it("lists proposed claims waiting longer than the threshold, oldest first", async () => {
    const team = await workedWorkspace();
    expect((await loadDashboard(queryFor(team.workspace.id, { waitingThresholdHours: 1 }))).waiting).toEqual({ thresholdHours: 1, count: 0, oldest: [] });

    const submittedAt = new Date(Date.now() - 5 * HOUR_MS);
    await db.claim.update({ where: { id: team.claims.c1 }, data: { submittedAt } });
    const { waiting } = await loadDashboard(queryFor(team.workspace.id, { waitingThresholdHours: 1 }));
    expect(waiting.count).toBe(1);
    expect(waiting.oldest).toHaveLength(1);
    expect(waiting.oldest[0]).toMatchObject({ claimId: team.claims.c1, articleId: team.article.articleId, articleTitle: "Second article", exact: "Alpha beta gamma", submittedAt: submittedAt.toISOString() });
    expect(waiting.oldest[0].waitingHours).toBeCloseTo(5, 1);
  });

  it("limits member and activity figures to the date range", async () => {
    const team = await workedWorkspace();
    const lastWeek = new Date(Date.now() - 7 * DAY_MS);
    const data = await loadDashboard(queryFor(team.workspace.id, { from: new Date(lastWeek.getTime() - DAY_MS), to: lastWeek }));
    expect(data.activity.map((day) => day.claims + day.reviews)).toEqual([0, 0]);
    expect(data.members.every((member) => member.claimsAnnotated === 0 && member.reviewsDone === 0 && member.medianReviewHours === null)).toBe(true);
    // Open items and totals do not depend on the range.
    expect(data.totals.total).toBe(4);
    expect(data.members.find((member) => member.userId === team.owner.id)?.openItems).toBe(1);
  });

  it("pages the article table by last activity", async () => {
    const team = await workedWorkspace();
    const second = await loadDashboard(queryFor(team.workspace.id, { articlePage: 2, articlePageSize: 1 }));
    expect(second.articles).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.articles.rows.map((row) => row.title)).toEqual(["Test article"]);

    // Editing a claim on the first article brings it to the top.
    const claim = await db.claim.findUniqueOrThrow({ where: { id: team.claims.c0 } });
    unwrap(await act.updateClaim(team.owner.id, { workspaceSlug: team.slug, claimId: claim.id, version: claim.version, patch: { tags: ["economy"] } }));
    const first = await loadDashboard(queryFor(team.workspace.id, { articlePage: 1, articlePageSize: 1 }));
    expect(first.articles.rows.map((row) => row.title)).toEqual(["Test article"]);
    expect(Date.parse(first.articles.rows[0].lastActivityAt)).toBeGreaterThanOrEqual(Date.parse(second.generatedAt) - 1000);
  });

  it("changes its version on every claim change and review, and only then", async () => {
    const team = await workedWorkspace();
    const versions = new Set<string>();
    const expectNew = async () => {
      const version = await loadDashboardVersion(team.workspace.id);
      expect(versions.has(version)).toBe(false);
      versions.add(version);
      expect(await loadDashboardVersion(team.workspace.id)).toBe(version);
    };
    await expectNew();
    const ref = { workspaceSlug: team.slug };
    const created = unwrap(await act.createClaim(team.owner.id, { ...ref, articleId: team.article.articleId, anchor: selectionOf(team.article.plainText, "halved") }));
    await expectNew();
    const updated = unwrap(await act.updateClaim(team.owner.id, { ...ref, claimId: created.id, version: created.version, patch: { ratingLabelId: team.label("Half true") } }));
    await expectNew();
    const submitted = unwrap(await review.submit(team.owner.id, { ...ref, claimId: created.id, version: updated.version }));
    await expectNew();
    unwrap(await review.approve(team.reviewer.id, { ...ref, claimId: created.id, version: submitted.version }));
    await expectNew();
    unwrap(await act.deleteClaim(team.owner.id, { ...ref, claimId: created.id }));
    await expectNew();
    unwrap(await act.restoreClaim(team.owner.id, { ...ref, claimId: created.id }));
    await expectNew();
    expect((await loadDashboard(queryFor(team.workspace.id))).version).toBe([...versions].at(-1));
  });

  it("shows an empty workspace as zeros", async () => {
    const team = await createReviewTeam([]);
    await db.claim.update({ where: { id: team.claim.id }, data: { deletedAt: new Date() } });
    const data = await loadDashboard(queryFor(team.workspace.id, { waitingThresholdHours: 48 }));
    expect(data.totals).toEqual({ total: 0, working: 0, proposed: 0, approved: 0, disputed: 0, orphaned: 0 });
    expect(data.agreement).toEqual({ pairs: 0, percentAgreement: null, kappa: null });
    expect(data.waiting).toEqual({ thresholdHours: 48, count: 0, oldest: [] });
    expect(data.members).toMatchObject([{ userId: team.owner.id, claimsAnnotated: 0, reviewsDone: 0, medianReviewHours: null, openItems: 0 }]);
    expect(data.verdicts.every((row) => row.count === 0)).toBe(true);
  });
});
