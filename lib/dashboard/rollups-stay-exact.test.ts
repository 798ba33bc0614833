import { describe, expect, it } from "vitest";
import { createRandom } from "@/bench/lib/random";
import { act } from "@/lib/claims/test-actions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { review } from "@/lib/review/test-actions";
import { addMember, createReviewTeam, createTestArticle, selectionOf } from "@/test/factories";
import { createTestUser } from "@/test/factories";
import { loadDashboard } from "./load-dashboard";
import { loadDashboardVersion } from "./load-dashboard-version";
import { countDashboardDirectly } from "./testing/count-dashboard-directly";
import type { DashboardData, DashboardQuery } from "./types";

const SENTENCES = ["Crime fell by a third.", "Rents doubled since 2019.", "Exports rose 12 percent.", "Wages grew by half.", "Debt hit a record high."];
const DAY_MS = 86_400_000;

/** The dashboard with every median rounded, so trigger-kept and directly counted figures compare exactly. */
function comparable(data: Omit<DashboardData, "version" | "generatedAt">) {
  return {
    ...data,
    members: data.members.map((member) => ({ ...member, medianReviewHours: member.medianReviewHours === null ? null : Math.round(member.medianReviewHours * 1000) / 1000 })),
    // Sums in another order can differ in the last bit.
    agreement: { ...data.agreement, kappa: data.agreement.kappa === null ? null : Math.round(data.agreement.kappa * 1e9) / 1e9 },
  };
}

// The rollup tables are kept by triggers; after every kind of change the app makes, through the
// real claim and review functions, the dashboard must equal a direct count of the base tables.
describe("dashboard rollups", () => {
  it("stay equal to direct counts through random creates, edits, reviews, deletes, restores and re-anchoring", { timeout: 240_000 }, async () => {
    const random = createRandom(20261126);
    const team = await createReviewTeam(["editor", "reviewer", "reviewer"]);
    const { user: viewer } = await createTestUser("Team viewer");
    await addMember(team.workspace.id, viewer.id, "viewer");
    const slug = team.slug;
    const people = [team.owner, ...team.members];
    const articles = [team.article];
    for (const title of ["Budget speech", "Election debate"]) {
      articles.push(await createTestArticle(team.owner.id, slug, SENTENCES.join(" "), title));
    }
    const query: DashboardQuery = { workspaceId: team.workspace.id, from: new Date(Date.now() - 2 * DAY_MS), to: new Date(Date.now() + DAY_MS), waitingThresholdHours: 0, articlePage: 1, articlePageSize: 50 };
    const claimIds = [team.claim.id];
    const counts: Record<string, number> = {};
    let version = await loadDashboardVersion(team.workspace.id);
    const dataState = async () => {
      const [row] = await db.$queryRaw<{ state: string }[]>`
        SELECT concat_ws('|', (SELECT sum("version") FROM "Claim" WHERE "workspaceId" = ${team.workspace.id}),
                              (SELECT count(*) FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId" WHERE c."workspaceId" = ${team.workspace.id}),
                              (SELECT sum("version") FROM "Article" WHERE "workspaceId" = ${team.workspace.id})) AS state`;
      return row.state;
    };
    let state = await dataState();

    const operations: Record<string, () => Promise<{ ok: boolean }>> = {
      async create() {
        const article = random.pick(articles.slice(1));
        const current = await db.article.findUniqueOrThrow({ where: { id: article.articleId } });
        const quote = random.pick(SENTENCES.filter((sentence) => current.plainText.includes(sentence)));
        const result = await act.createClaim(random.pick(people.slice(0, 2)).id, { workspaceSlug: slug, articleId: article.articleId, anchor: selectionOf(current.plainText, quote) });
        if (result.ok) claimIds.push(result.data.id);
        return result;
      },
      async verdict() {
        const claim = (await pickClaim())!;
        const ratingLabelId = random.chance(0.15) ? null : random.pick(team.labels).id;
        return act.updateClaim(claim.createdById, { workspaceSlug: slug, claimId: claim.id, version: claim.version, patch: { ratingLabelId } });
      },
      async status() {
        const claim = (await pickClaim())!;
        return act.updateClaim(claim.createdById, { workspaceSlug: slug, claimId: claim.id, version: claim.version, patch: { status: random.pick(["open", "in_progress"] as const) } });
      },
      async submit() {
        const claim = await pickClaim({ status: { in: ["open", "in_progress", "changes_requested"] }, ratingLabelId: { not: null }, deletedAt: null });
        if (!claim) return { ok: false };
        return review.submit(claim.createdById, { workspaceSlug: slug, claimId: claim.id, version: claim.version });
      },
      async approve() {
        const claim = await pickClaim({ status: "verdict_proposed", disputed: false, deletedAt: null });
        if (!claim) return { ok: false };
        const independentRatingLabelId = random.chance(0.5) ? random.pick(team.labels).id : undefined;
        return review.approve(random.pick(people.filter((person) => person.id !== claim.createdById)).id, { workspaceSlug: slug, claimId: claim.id, version: claim.version, independentRatingLabelId });
      },
      async requestChanges() {
        const claim = await pickClaim({ status: "verdict_proposed", disputed: false, deletedAt: null });
        if (!claim) return { ok: false };
        return review.requestChanges(random.pick(people.filter((person) => person.id !== claim.createdById)).id, { workspaceSlug: slug, claimId: claim.id, version: claim.version, comment: "Source?" });
      },
      async resolve() {
        const claim = await pickClaim({ disputed: true, deletedAt: null });
        if (!claim) return { ok: false };
        return review.resolve(claim.createdById, { workspaceSlug: slug, claimId: claim.id, version: claim.version, ratingLabelId: random.pick(team.labels).id });
      },
      async assign() {
        const claim = (await pickClaim())!;
        return review.assignClaim(team.owner.id, { workspaceSlug: slug, claimId: claim.id, version: claim.version, assigneeId: random.chance(0.3) ? null : random.pick(people).id });
      },
      async remove() {
        const claim = await pickClaim({ deletedAt: null });
        if (!claim) return { ok: false };
        return act.deleteClaim(claim.createdById, { workspaceSlug: slug, claimId: claim.id });
      },
      async restore() {
        const claim = await pickClaim({ deletedAt: { not: null } });
        if (!claim) return { ok: false };
        return act.restoreClaim(claim.createdById, { workspaceSlug: slug, claimId: claim.id });
      },
      async editText() {
        // Dropping or bringing back sentences orphans claims and re-anchors them.
        const article = await db.article.findUniqueOrThrow({ where: { id: random.pick(articles.slice(1)).articleId } });
        const text = SENTENCES.filter(() => random.chance(0.75)).join(" ") || SENTENCES[0];
        return act.updateArticle(team.owner.id, { workspaceSlug: slug, articleId: article.id, version: article.version, content: plainTextToDoc(text) });
      },
    };
    // Deleting a deleted claim (or restoring a live one) succeeds without a change, so those pick
    // a claim in the right state.
    const pickClaim = async (where: Prisma.ClaimWhereInput = {}) => {
      const candidates = await db.claim.findMany({ where: { id: { in: claimIds }, ...where }, orderBy: { id: "asc" } });
      return candidates.length > 0 ? random.pick(candidates) : null;
    };
    const weighted = Object.entries({ create: 5, verdict: 4, status: 1, submit: 4, approve: 4, requestChanges: 2, resolve: 2, assign: 2, remove: 2, restore: 2, editText: 1 }).flatMap(([name, weight]) => Array<string>(weight).fill(name));

    for (let step = 1; step <= 120; step++) {
      const name = random.pick(weighted);
      const result = await operations[name]();
      if (!result.ok) continue;
      // Some successful calls change nothing (assigning the current assignee); the version must
      // move exactly when the data did.
      const nextState = await dataState();
      if (nextState !== state) counts[name] = (counts[name] ?? 0) + 1;
      const next = await loadDashboardVersion(team.workspace.id);
      expect(next !== version, `version changed after ${name}`).toBe(nextState !== state);
      [version, state] = [next, nextState];
      if (step % 15 === 0 || step === 120) {
        const now = new Date();
        const { version: _version, generatedAt: _generatedAt, ...figures } = await loadDashboard(query);
        expect(comparable({ ...figures, waiting: { ...figures.waiting, oldest: figures.waiting.oldest.map((item) => ({ ...item, waitingHours: 0 })) } }), `after step ${step}`).toEqual(
          comparable(await countDashboardDirectly(db, query, now).then((direct) => ({ ...direct, waiting: { ...direct.waiting, oldest: direct.waiting.oldest.map((item) => ({ ...item, waitingHours: 0 })) } }))),
        );
      }
    }
    // The walk must have exercised every kind of change at least once.
    expect(Object.keys(counts).sort()).toEqual(Object.keys(operations).sort());
  });
});
