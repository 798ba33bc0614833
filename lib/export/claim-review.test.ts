import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotatedArticle } from "@/test/factories";
import { loadExportModel } from "./load-export-model";
import { toClaimReviews } from "./to-claim-reviews";
import type { ExportModel } from "./types";

let model: ExportModel;

beforeAll(async () => {
  const { workspace, article } = await createAnnotatedArticle();
  model = (await loadExportModel(db, workspace.id, article.articleId, { baseUrl: "https://factdesk.example.org" }))!;
});

describe("ClaimReview JSON-LD", () => {
  it("has Google's required and recommended properties for every approved claim", () => {
    const reviews = toClaimReviews(model);
    const approved = model.claims.filter((claim) => claim.status === "approved");
    expect(reviews).toHaveLength(approved.length);
    expect(reviews.length).toBe(2);
    for (const [index, review] of reviews.entries()) {
      const claim = approved[index];
      const json = review as unknown as Record<string, any>;
      expect(json["@context"]).toBe("https://schema.org");
      expect(json["@type"]).toBe("ClaimReview");
      expect(json.claimReviewed).toBe(claim.normalizedText ?? claim.exact);
      expect(json.url).toBe(`${model.urls.report}#claim-${claim.number}`);
      expect(json.reviewRating).toMatchObject({ "@type": "Rating", alternateName: claim.verdict!.label });
      expect(json.author).toEqual(expect.objectContaining({ "@type": "Organization", name: model.workspace.name }));
      expect(json.datePublished).toBe(claim.approvedAt!.slice(0, 10));
      expect(json.itemReviewed).toMatchObject({
        "@type": "Claim",
        author: { "@type": "Person", name: "Jane Reporter" },
        datePublished: "2016-10-03",
        appearance: { "@type": "CreativeWork", url: "https://news.example.org/economy" },
      });
    }
  });

  it("sends ratingValue with bestRating/worstRating only for numeric verdicts", () => {
    const [falseReview, unproven] = toClaimReviews(model).map((review) => (review as unknown as Record<string, any>).reviewRating);
    expect(falseReview).toMatchObject({ alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 });
    expect(unproven.alternateName).toBe("Unproven");
    expect(unproven).not.toHaveProperty("ratingValue");
    expect(unproven).not.toHaveProperty("bestRating");
  });

  it("leaves unapproved claims out", () => {
    const reviewed = toClaimReviews(model).map((review) => (review as unknown as Record<string, any>).claimReviewed);
    expect(reviewed).not.toContain("wages rose by half");
    expect(model.claims.map((claim) => claim.exact)).toContain("wages rose by half");
  });
});
