import { describe, expect, it } from "vitest";
import { CLAIM_SUMMARY_TEXT_LENGTH, toClaimSummary } from "./claim-summary";
import type { ClaimDTO } from "./types";

const claim: ClaimDTO = {
  id: "c1",
  articleId: "a1",
  exact: "the bridge was never finished",
  prefix: "Officials said ",
  suffix: ".",
  start: 15,
  end: 44,
  anchorStatus: "anchored",
  normalizedText: null,
  ratingLabelId: "l1",
  rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Secret working notes" }] }] },
  tags: ["bridges"],
  status: "in_progress",
  sources: [{ id: "s1", url: "https://example.org", title: "Report", publisher: null, publishedAt: null, excerpt: null, stance: "supports", position: 0 }],
  assignee: null,
  disputed: true,
  reviewRound: 0,
  submittedAt: null,
  approvedAt: null,
  createdBy: { id: "u1", name: "Alice" },
  createdAt: "2024-03-01T00:00:00.000Z",
  updatedAt: "2024-03-01T00:00:00.000Z",
  version: 3,
};

describe("toClaimSummary", () => {
  it("keeps what the list and highlights show and nothing of the details", () => {
    expect(toClaimSummary(claim)).toEqual({
      id: "c1",
      start: 15,
      end: 44,
      anchorStatus: "anchored",
      ratingLabelId: "l1",
      status: "in_progress",
      disputed: true,
      version: 3,
      exact: "the bridge was never finished",
      normalizedText: null,
      sourceCount: 1,
    });
  });

  it("shortens a long quote and wording without splitting an emoji", () => {
    const long = "👍🏽".repeat(CLAIM_SUMMARY_TEXT_LENGTH);
    const summary = toClaimSummary({ ...claim, exact: long, normalizedText: `x${long}` });
    expect([...summary.exact]).toHaveLength(CLAIM_SUMMARY_TEXT_LENGTH);
    expect(summary.exact.endsWith("👍🏽…") || summary.exact.endsWith("👍…")).toBe(true);
    expect(summary.exact.includes("\ud83d…")).toBe(false);
    expect([...(summary.normalizedText ?? "")]).toHaveLength(CLAIM_SUMMARY_TEXT_LENGTH);
  });
});
