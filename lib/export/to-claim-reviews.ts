import type { ClaimReview, Organization, Person, Rating, WithContext } from "schema-dts";
import { claimText } from "./report-text";
import type { ExportClaim, ExportModel } from "./types";

/**
 * schema.org ClaimReview for each APPROVED claim with a verdict (others are never published),
 * following Google's fact-check structured-data guidance: claimReviewed, reviewRating with
 * alternateName (and ratingValue/bestRating/worstRating when the label has a value > 0), url
 * (the report plus #claim-N), author (the workspace), datePublished, itemReviewed (Claim).
 */
export function toClaimReviews(model: ExportModel): WithContext<ClaimReview>[] {
  return model.claims.filter((claim) => claim.status === "approved" && claim.verdict).map((claim) => toClaimReview(model, claim));
}

function toClaimReview(model: ExportModel, claim: ExportClaim): WithContext<ClaimReview> {
  const verdict = claim.verdict!;
  const numeric = verdict.value > 0;
  const rating: Rating = {
    "@type": "Rating",
    alternateName: verdict.label,
    name: verdict.label,
    ...(numeric ? { ratingValue: verdict.value, bestRating: model.scale.bestRating, worstRating: model.scale.worstRating } : {}),
  };
  const { article } = model;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${model.urls.report}#claim-${claim.number}`,
    claimReviewed: claimText(claim),
    reviewRating: rating,
    author: { "@type": "Organization", name: model.workspace.name, url: model.urls.base },
    datePublished: (claim.approvedAt ?? claim.updatedAt).slice(0, 10),
    itemReviewed: {
      "@type": "Claim",
      ...(article.byline ? { author: bylineAuthor(article.byline) } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
      appearance: { "@type": "CreativeWork", url: article.sourceUrl ?? model.urls.article, headline: article.title },
    },
  };
}

// A byline naming a desk or agency ("Staff", "With agency inputs", "Reuters") is an
// Organization; one or two to four capitalised words read as a person's name.
function bylineAuthor(byline: string): Person | Organization {
  const name = byline.replace(/^by\s+/i, "").trim();
  const looksPersonal = /^(\p{Lu}[\p{L}'’.-]+)(\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name);
  return looksPersonal ? { "@type": "Person", name } : { "@type": "Organization", name };
}
