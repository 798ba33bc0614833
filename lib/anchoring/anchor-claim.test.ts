import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { ARTICLE, codePointIndexOf, highlighted, selectQuote } from "./test-fixtures";

const CLAIM = "Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const NOTE = "Editor's note: this story was updated on Tuesday with comment from the Kremlin.\n";

describe("anchorClaim on an edited article", () => {
  const selectors = selectQuote(ARTICLE, CLAIM);

  it("keeps the stored position when the text is untouched", () => {
    const result = anchorClaim(ARTICLE, selectors);
    expect(result).toEqual({ status: "anchored", ...range(selectors), method: "position", confidence: 1 });
    expect(highlighted(ARTICLE, result)).toBe(CLAIM);
  });

  it("finds the quote again after a paragraph is inserted before it", () => {
    const edited = NOTE + ARTICLE;
    const result = anchorClaim(edited, selectors);
    expect(highlighted(edited, result)).toBe(CLAIM);
    expect(result).toMatchObject({ method: "quote", start: selectors.position!.start + Array.from(NOTE).length });
  });

  it("follows a typo fixed inside the quote and highlights the corrected words", () => {
    const withTypo = ARTICLE.replace("landmark agreement", "landmark agreemnet");
    const stored = selectQuote(withTypo, "Russia and the US announced a landmark agreemnet on a nationwide ceasefire");
    const result = anchorClaim(ARTICLE, stored);
    expect(highlighted(ARTICLE, result)).toBe("Russia and the US announced a landmark agreement on a nationwide ceasefire");
    expect(result).toMatchObject({ method: "fuzzy" });
    if (result.status === "anchored") expect(result.confidence).toBeGreaterThan(0.9);
  });

  it("still finds the quote when the words just around it are edited", () => {
    const edited = ARTICLE.replace("On September 10, ", "Back on 10 September ").replace(
      ", which both sides hoped",
      " – a deal both sides had hoped",
    );
    const result = anchorClaim(edited, selectors);
    expect(highlighted(edited, result)).toBe(CLAIM);
    expect(result).toMatchObject({ method: "quote" });
  });

  it("orphans a deleted quote", () => {
    const edited = ARTICLE.replace(`${CLAIM}, `, "");
    expect(anchorClaim(edited, selectors)).toEqual({ status: "orphaned", reason: "not-found" });
  });

  it("does not let a similar sentence elsewhere capture a deleted quote", () => {
    const lookAlike = "Russia and the US announced a landmark agreement on a local ceasefire in Yemen last year.";
    const edited = ARTICLE.replace(`${CLAIM}, `, "").replace("With Agency Inputs", lookAlike);
    const result = anchorClaim(edited, selectors);
    expect(result).toMatchObject({ status: "orphaned", reason: "low-confidence" });
  });

  it("orphans a quote reworded beyond a quarter of its text rather than guess", () => {
    const edited = ARTICLE.replace(CLAIM, "Moscow and Washington unveiled a landmark deal on a nationwide truce in Syria");
    expect(anchorClaim(edited, selectors)).toMatchObject({ status: "orphaned" });
  });

  it("prefers the claim's own lightly edited sentence over an exact copy with other context", () => {
    const quote = "a nationwide ceasefire in Syria";
    const stored = selectQuote(ARTICLE, quote);
    const edited =
      ARTICLE.replace(quote, "a nation-wide ceasefire in Syria") +
      "\nAnalysts doubt there will soon be a nationwide ceasefire in Syria.";
    const result = anchorClaim(edited, stored);
    expect(highlighted(edited, result)).toBe("a nation-wide ceasefire in Syria");
    expect(result).toMatchObject({ method: "fuzzy", start: codePointIndexOf(edited, "a nation-wide") });
  });

  it("ignores whitespace changes: double spaces and newlines turned into spaces", () => {
    const edited = ARTICLE.replace(/\n/g, " ").replace(/ and /g, "  and  ");
    const result = anchorClaim(edited, selectors);
    expect(highlighted(edited, result)).toBe(CLAIM.replace(/ and /g, "  and  "));
    expect(result).toMatchObject({ method: "quote" });
    const acrossLines = selectQuote(ARTICLE, "the spokesperson said.\nHe said that the US");
    expect(highlighted(edited, anchorClaim(edited, acrossLines))).toBe("the spokesperson said. He said that the US");
  });

  it("anchors quotes at the very start and end of the text", () => {
    const first = selectQuote(ARTICLE, "US suspends Syria ceasefire talks");
    const last = selectQuote(ARTICLE, "With Agency Inputs");
    expect(first.quote.prefix).toBe("");
    expect(last.quote.suffix).toBe("");
    const edited = `${NOTE}${ARTICLE}\nCorrection appended.`;
    expect(highlighted(edited, anchorClaim(edited, first))).toBe("US suspends Syria ceasefire talks");
    expect(highlighted(edited, anchorClaim(edited, last))).toBe("With Agency Inputs");
  });

  it("finds a quote known only by its text (no context, no position)", () => {
    const result = anchorClaim(ARTICLE, { quote: { type: "TextQuoteSelector", exact: CLAIM } });
    expect(highlighted(ARTICLE, result)).toBe(CLAIM);
  });

  it("orphans an empty quote", () => {
    const empty = { quote: { type: "TextQuoteSelector" as const, exact: "  " } };
    expect(anchorClaim(ARTICLE, empty)).toEqual({ status: "orphaned", reason: "empty-quote" });
  });
});

function range(selectors: ReturnType<typeof selectQuote>) {
  return { start: selectors.position!.start, end: selectors.position!.end };
}
