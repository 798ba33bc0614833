import { describe, expect, it } from "vitest";
import { scoreSentence, SUGGESTION_THRESHOLD } from "./score-sentence";
import type { SentenceFeatures } from "./sentence-features";

const plain: SentenceFeatures = { reasons: [], question: false, opinion: false, hedged: false, wordCount: 12 };

describe("scoreSentence", () => {
  it("is 0 without a reason, for questions and for very short sentences", () => {
    expect(scoreSentence(plain)).toBe(0);
    expect(scoreSentence({ ...plain, reasons: ["number"], question: true })).toBe(0);
    expect(scoreSentence({ ...plain, reasons: ["number"], wordCount: 3 })).toBe(0);
  });

  it("grows with each independent reason and stays within 0..1", () => {
    const one = scoreSentence({ ...plain, reasons: ["date"] });
    const two = scoreSentence({ ...plain, reasons: ["date", "number"] });
    const all = scoreSentence({ ...plain, reasons: ["date", "number", "comparison", "causal", "attribution"] });
    expect(one).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
    expect(two).toBeGreaterThan(one);
    expect(all).toBeGreaterThan(two);
    expect(all).toBeLessThanOrEqual(1);
  });

  it("does not suggest an attribution alone", () => {
    expect(scoreSentence({ ...plain, reasons: ["attribution"] })).toBeLessThan(SUGGESTION_THRESHOLD);
  });

  it("drops opinions without a hard fact and damps forecasts", () => {
    expect(scoreSentence({ ...plain, reasons: ["comparison", "attribution"], opinion: true })).toBeLessThan(SUGGESTION_THRESHOLD);
    expect(scoreSentence({ ...plain, reasons: ["number"], hedged: true })).toBeLessThan(scoreSentence({ ...plain, reasons: ["number"] }));
  });
});
