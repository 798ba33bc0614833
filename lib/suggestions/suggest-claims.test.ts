import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { utf16ToCodePoint } from "@/lib/anchoring";
import { suggestClaims } from "./suggest-claims";

const sample = readFileSync(path.join(import.meta.dirname, "../../e2e/fixtures/sample-article.txt"), "utf8").trim();

function suggested(text: string) {
  return suggestClaims(text).map((candidate) => candidate.exact);
}

describe("suggestClaims on the sample article", () => {
  const candidates = suggestClaims(sample);

  it("suggests the September 10 agreement and the September 19 convoy attack", () => {
    const agreement = candidates.find((candidate) => candidate.exact.startsWith("On September 10, Russia and the US announced"));
    const convoy = candidates.find((candidate) => candidate.exact.includes("September 19 attack on a humanitarian aid convoy"));
    expect(agreement?.reasons).toEqual(expect.arrayContaining(["date", "number", "attribution"]));
    expect(convoy?.reasons).toEqual(expect.arrayContaining(["date", "attribution"]));
    expect(agreement!.score).toBeGreaterThan(convoy!.score);
  });

  it("does not suggest the judgement, the headline or the credit line", () => {
    const texts = candidates.map((candidate) => candidate.exact);
    expect(texts.some((text) => text.includes("tragic"))).toBe(false);
    expect(texts.some((text) => text.includes("taken lightly"))).toBe(false);
    expect(texts).not.toContain("With Agency Inputs");
    expect(texts.some((text) => text.startsWith("US suspends Syria"))).toBe(false);
  });

  it("locates every candidate exactly, in code points of the text", () => {
    for (const candidate of candidates) {
      expect([...sample].slice(candidate.start, candidate.end).join("")).toBe(candidate.exact);
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
    }
    expect(candidates.map((candidate) => candidate.start)).toEqual([...candidates.map((candidate) => candidate.start)].sort((a, b) => a - b));
  });
});

describe("suggestClaims", () => {
  it("counts code points, not UTF-16 units, after emoji", () => {
    const text = "Posted 🕊️📢 today.\nThe ministry said 4,200 homes were damaged on March 3.";
    const [candidate] = suggestClaims(text);
    const start16 = text.indexOf("The ministry");
    expect(candidate.start).toBe(utf16ToCodePoint(text, start16));
    expect(candidate.exact).toBe("The ministry said 4,200 homes were damaged on March 3.");
  });

  it("gives each reason it finds", () => {
    expect(suggestClaims("Unemployment fell to 4.9% in August, the lowest rate in four years.")[0].reasons).toEqual(
      expect.arrayContaining(["number", "date", "comparison"]),
    );
    expect(suggestClaims("The bridge was closed because the river flooded the approach roads.")[0].reasons).toContain("causal");
  });

  it("skips questions, opinions and feelings", () => {
    expect(suggested("How many people were killed in the attack on September 19?")).toEqual([]);
    expect(suggested("I feel that the 2016 talks were a waste of everyone's time.")).toEqual([]);
    expect(suggested("\"And that's tragic,\" the spokesman said on Monday evening.")).toEqual([]);
    expect(suggested("We hope the ceasefire will hold and the fighting will stop.")).toEqual([]);
  });

  it("skips forecasts and sentences that are only attributions", () => {
    expect(suggested("Economists expect unemployment to rise again, though they are unsure by how much.")).toEqual([]);
    expect(suggested("\"This is not a decision that was taken lightly,\" the spokesperson said.")).toEqual([]);
  });

  it("keeps a headline apart from the first sentence of the next paragraph", () => {
    const text = "Storm hits the coast\nThe storm killed 12 people on Tuesday.";
    expect(suggested(text)).toEqual(["The storm killed 12 people on Tuesday."]);
  });

  it("returns nothing for empty or wordless text", () => {
    expect(suggestClaims("")).toEqual([]);
    expect(suggestClaims("\n\n— 12 —\n")).toEqual([]);
  });
});
