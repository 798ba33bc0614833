import { describe, expect, inject, it } from "vitest";
import { describeSelection } from "@/lib/anchoring";
import { codePointToUtf16 } from "@/lib/anchoring/code-point-to-utf16";
import { db } from "@/lib/db";
import { loadDashboardFrom } from "@/lib/dashboard/load-dashboard-from";
import { countDashboardDirectly } from "@/lib/dashboard/testing/count-dashboard-directly";
import { parseArticleDoc } from "@/lib/editor/parse-article-doc";
import { docPlainText } from "@/lib/editor/doc-plain-text";
import { LARGE_DATASET } from "./large-dataset";
import { seedLargeDataset } from "./seed-large-dataset";

// The large dataset's generator at 1/1000 of its size, checked for what the app relies on:
// anchors that match the text, review rules, times in the past, and figures the dashboard reads.
describe("seed:large's generator", () => {
  it("makes claims anchored in their article's text, reviews by teammates and history", { timeout: 120_000 }, async () => {
    const lines: string[] = [];
    const summary = await seedLargeDataset(inject("databaseUrl"), (line) => lines.push(line), { articles: 60, claims: 1_000, days: 730 });
    expect(summary.claims).toBe(1_000);
    expect(lines.some((line) => line.startsWith("claims 1,000/1,000"))).toBe(true);

    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: LARGE_DATASET.workspaceSlug } });
    expect(workspace.name).toBe(LARGE_DATASET.workspaceName);
    expect(await db.membership.count({ where: { workspaceId: workspace.id } })).toBe(200);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);

    const articles = await db.article.findMany({ where: { workspaceId: workspace.id }, include: { claims: true } });
    expect(articles).toHaveLength(60);
    const now = Date.now();
    for (const article of articles) {
      expect(docPlainText(parseArticleDoc(article.content))).toBe(article.plainText);
      for (const claim of article.claims) {
        const start16 = codePointToUtf16(article.plainText, claim.start);
        const end16 = codePointToUtf16(article.plainText, claim.end);
        const { quote } = describeSelection(article.plainText, start16, end16);
        expect({ exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix }).toEqual({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
        expect(claim.createdAt.getTime()).toBeLessThan(now);
        expect(claim.updatedAt.getTime()).toBeLessThan(now);
        expect(claim.createdAt.getTime()).toBeGreaterThanOrEqual(article.createdAt.getTime());
      }
    }

    const reviews = await db.review.findMany({ where: { claim: { workspaceId: workspace.id } }, include: { claim: true } });
    expect(reviews.length).toBeGreaterThan(500);
    for (const review of reviews) {
      expect(review.reviewerId).not.toBe(review.claim.createdById);
      expect(review.createdAt.getTime()).toBeGreaterThanOrEqual(review.claim.submittedAt!.getTime() - 86_400_000 * 5);
      expect(review.createdAt.getTime()).toBeLessThan(now);
    }
    expect(reviews.some((review) => review.independentRatingLabelId && review.independentRatingLabelId !== review.claim.ratingLabelId)).toBe(true);
    expect(await db.claimEvent.count({ where: { workspaceId: workspace.id, kind: "created" } })).toBe(1_000);

    // The rollups the triggers kept during the bulk load equal a direct count.
    const query = { workspaceId: workspace.id, from: new Date(now - 400 * 86_400_000), to: new Date(now), waitingThresholdHours: 48, articlePage: 1, articlePageSize: 20 };
    const { version: _version, generatedAt: _generatedAt, ...figures } = await loadDashboardFrom(db, query);
    const direct = await countDashboardDirectly(db, query, new Date());
    const rounded = (data: typeof figures) => ({
      ...data,
      members: data.members.map((member) => ({ ...member, medianReviewHours: member.medianReviewHours === null ? null : Math.round(member.medianReviewHours * 1000) })),
      waiting: { ...data.waiting, oldest: data.waiting.oldest.map((item) => ({ ...item, waitingHours: 0 })) },
      // Sums in another order can differ in the last bit.
      agreement: { ...data.agreement, kappa: data.agreement.kappa === null ? null : Math.round(data.agreement.kappa * 1e9) },
    });
    expect(rounded(figures)).toEqual(rounded(direct));
    expect(figures.totals.total).toBeGreaterThan(950);
    expect(figures.articles.total).toBe(60);
    expect(figures.members).toHaveLength(200);
    expect(figures.agreement.pairs).toBeGreaterThan(0);
  });
});
