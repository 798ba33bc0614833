import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe-selection";
import { ARTICLE } from "./test-fixtures";

const FAMILY = "👨‍👩‍👧‍👦";

describe("describeSelection", () => {
  it("stores the quote, 32 code points of context and a code-point position", () => {
    const quote = "State Department spokesperson John Kirby";
    const start = ARTICLE.indexOf(quote);
    const { quote: selector, position } = describeSelection(ARTICLE, start, start + quote.length);
    expect(selector).toEqual({
      type: "TextQuoteSelector",
      exact: quote,
      prefix: ARTICLE.slice(start - 32, start),
      suffix: ARTICLE.slice(start + quote.length, start + quote.length + 32),
    });
    expect(position).toEqual({ type: "TextPositionSelector", start, end: start + quote.length });
  });

  it("counts positions and context in code points after emoji", () => {
    const text = `Reaction 👍🏽 and ${FAMILY} online. The talks were suspended on Monday.`;
    const start = text.indexOf("The talks");
    const { quote, position } = describeSelection(text, start, start + "The talks".length);
    const before = Array.from(text.slice(0, start));
    expect(position?.start).toBe(before.length);
    expect(position?.end).toBe(before.length + 9);
    expect(quote.prefix).toBe(before.slice(-32).join(""));
  });

  it("widens a selection that cuts through a cluster to the whole cluster", () => {
    const text = `Family ${FAMILY} photo and cafe\u0301 menu`;
    const familyStart = text.indexOf(FAMILY);
    // A selection ending between two people of the ZWJ family emoji.
    const family = describeSelection(text, familyStart - 1, familyStart + 3).quote.exact;
    expect(family).toBe(` ${FAMILY}`);
    // A selection ending between "e" and its combining acute accent.
    const cafe = text.indexOf("cafe");
    const selected = describeSelection(text, cafe, cafe + 4);
    expect(selected.quote.exact).toBe("cafe\u0301");
    expect(selected.position!.end - selected.position!.start).toBe(5);
  });

  it("never starts the prefix or ends the suffix inside a cluster", () => {
    const filler = "x".repeat(28);
    const text = `${FAMILY}${filler}quote${filler}${FAMILY}`;
    const start = text.indexOf("quote");
    const { quote } = describeSelection(text, start, start + 5);
    // 32 code points back lands inside the family emoji: the partial emoji is left out.
    expect(quote.prefix).toBe(filler);
    expect(quote.suffix).toBe(filler);
  });

  it("uses empty context at the start and end of the text", () => {
    const first = describeSelection(ARTICLE, 0, 2);
    expect(first.quote.prefix).toBe("");
    expect(first.quote.exact).toBe("US");
    const last = describeSelection(ARTICLE, ARTICLE.length - 2, ARTICLE.length);
    expect(last.quote.suffix).toBe("");
    expect(last.position?.end).toBe(Array.from(ARTICLE).length);
  });

  it("refuses empty or out-of-range selections", () => {
    expect(() => describeSelection(ARTICLE, 5, 5)).toThrow(RangeError);
    expect(() => describeSelection(ARTICLE, -1, 5)).toThrow(RangeError);
    expect(() => describeSelection(ARTICLE, 0, ARTICLE.length + 1)).toThrow(RangeError);
  });
});
