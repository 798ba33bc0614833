import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { reanchorClaims } from "./reanchor-claims";
import { ARTICLE, codePointIndexOf, selectQuote } from "./test-fixtures";

const TITLE = "US suspends Syria ceasefire talks with Russia";
const KIRBY = "This is not a decision that was taken lightly";
const CONVOY = "the September 19 attack on a humanitarian aid convoy";
const EARNEST = "everybody's patience with Russia has run out";

describe("reanchorClaims after a re-import", () => {
  // Claims were made on a version with a typo in Kirby's quote.
  const before = ARTICLE.replace("taken lightly", "taken lighly");
  const claims = [TITLE, KIRBY.replace("lightly", "lighly"), CONVOY, EARNEST].map((quote, index) => ({
    id: ["title", "kirby", "convoy", "earnest"][index],
    selectors: selectQuote(before, quote),
  }));
  // The re-import fixes the typo, cuts the convoy clause and adds a paragraph.
  const reimported = ARTICLE.replace(`, including through ${CONVOY}`, "").replace(
    "White House spokesman",
    "Moscow denied the accusations.\nWhite House spokesman",
  );
  const results = reanchorClaims(reimported, claims);

  it("returns one result per claim, in order", () => {
    expect(results.map((result) => result.id)).toEqual(["title", "kirby", "convoy", "earnest"]);
  });

  it("leaves claims before every edit unchanged", () => {
    expect(results[0]).toMatchObject({ status: "anchored", method: "position", changed: false });
    expect(results[0].selectors).toEqual(claims[0].selectors);
  });

  it("updates the quote of a claim whose typo was fixed", () => {
    expect(results[1]).toMatchObject({ status: "anchored", method: "fuzzy", changed: true });
    expect(results[1].selectors.quote.exact).toBe(KIRBY);
  });

  it("orphans a claim whose text was cut, keeping what it stored", () => {
    expect(results[2]).toEqual({ id: "convoy", status: "orphaned", reason: "not-found", selectors: claims[2].selectors });
  });

  it("refreshes positions and context of a claim that moved", () => {
    const result = results[3];
    expect(result).toMatchObject({ status: "anchored", method: "quote", changed: true });
    const start = codePointIndexOf(reimported, EARNEST);
    expect(result.selectors.position).toEqual({ type: "TextPositionSelector", start, end: start + EARNEST.length });
    expect(result.selectors.quote.prefix).toBe(selectQuote(reimported, EARNEST).quote.prefix);
  });

  it("gives selectors that anchor exactly in place in the new text", () => {
    for (const result of results.filter((one) => one.status === "anchored")) {
      expect(anchorClaim(reimported, result.selectors)).toMatchObject({ method: "position", confidence: 1 });
    }
  });
});
