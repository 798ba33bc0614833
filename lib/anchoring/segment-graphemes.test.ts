import { describe, expect, it } from "vitest";
import { prepareText } from "./prepare-text";
import { segmentGraphemes } from "./segment-graphemes";
import { ARTICLE } from "./test-fixtures";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const reference = (text: string) => Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }));

describe("segmentGraphemes", () => {
  it("splits exactly as Intl.Segmenter across chunk cuts", () => {
    // Flags (regional-indicator pairs), ZWJ families, skin tones, combining marks, Devanagari
    // conjuncts and CRLF, repeated so that chunk cuts fall inside every kind of cluster.
    const piece = "🇸🇾🇺🇸 👨‍👩‍👧‍👦 👍🏽 cafe\u0301 स्थगित क्षत्रिय\r\nРоссия 美国 ";
    const text = Array.from({ length: 120 }, (_, index) => piece.slice(index % 5)).join("");
    expect(Array.from(segmentGraphemes(text))).toEqual(reference(text));
  });

  it("keeps a cluster longer than a chunk whole", () => {
    const zalgo = `a${"\u0301\u0316".repeat(700)}`;
    const text = `before ${zalgo} after`;
    expect(Array.from(segmentGraphemes(text))).toEqual(reference(text));
  });

  it("prepares a 100 KB article in well under a second", () => {
    const long = Array.from({ length: 45 }, () => ARTICLE).join("\n");
    const started = performance.now();
    prepareText(long);
    // Iterating Intl.Segmenter over the whole text took about 20 s here.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
