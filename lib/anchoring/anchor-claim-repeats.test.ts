import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { ARTICLE, codePointIndexOf, highlighted, selectQuote } from "./test-fixtures";

// The wire story repeats its lead sentence on lines 2 and 3.
const LEAD = "The United States on Monday suspended negotiations with Russia on restoring a ceasefire in war-torn Syria";
const NOTE = "Updated at 14:00 GMT with reaction from Moscow.\n";

describe("anchorClaim with repeated quotes", () => {
  it("keeps each copy of a repeated sentence on its own line after an insertion", () => {
    const edited = NOTE + ARTICLE;
    for (const occurrence of [0, 1]) {
      const result = anchorClaim(edited, selectQuote(ARTICLE, LEAD, occurrence));
      expect(highlighted(edited, result)).toBe(LEAD);
      expect(result).toMatchObject({ start: codePointIndexOf(edited, LEAD, occurrence) });
    }
  });

  it("uses context to tell a short repeated quote apart", () => {
    // "Russia" occurs nine times; the claim is on the one in Earnest's quote.
    const stored = selectQuote(ARTICLE, "Russia", 7);
    expect(stored.quote.prefix).toContain("for the US and");
    const edited = NOTE + ARTICLE.replace("White House spokesman", "The White House spokesman");
    const result = anchorClaim(edited, stored);
    expect(result).toMatchObject({ method: "quote", start: codePointIndexOf(edited, "Russia", 7) });
  });

  describe("when the copies have the same context", () => {
    const paragraph =
      "In a statement on Monday, Kirby told reporters that the talks were over and that Washington would not resume them soon.";
    const intro = "The State Department briefing was cut short after forty minutes.";
    const before = `${intro}\n${paragraph}\nOutro.`;
    const stored = selectQuote(before, "the talks were over");

    it("picks the copy much nearer the stored position", () => {
      const after = `Updated.\n${intro}\n${paragraph}\n${paragraph}\nOutro.`;
      const result = anchorClaim(after, stored);
      expect(result).toMatchObject({ method: "quote", start: codePointIndexOf(after, "the talks were over", 0) });
    });

    it("orphans the claim when the copies are about as far from it, rather than guess", () => {
      // The intro is cut and the paragraph now opens and closes the story.
      const after = `${paragraph}\nOutro.\n${paragraph}`;
      expect(anchorClaim(after, stored)).toEqual({ status: "orphaned", reason: "ambiguous" });
    });

    it("orphans a claim known only by quote and context when its paragraph appears twice", () => {
      const after = `${intro}\n${paragraph}\n${paragraph}\nOutro.`;
      expect(anchorClaim(after, { quote: stored.quote })).toEqual({ status: "orphaned", reason: "ambiguous" });
    });

    it("stays at the stored position when the text there is unchanged", () => {
      const after = `${intro}\n${paragraph}\n${paragraph}\nOutro.`;
      expect(anchorClaim(after, stored)).toMatchObject({ method: "position", start: stored.position!.start });
    });
  });

  it("stays at the stored position when a copy is pasted elsewhere", () => {
    const paragraph = "Kirby told reporters that the talks were over and that Washington would not resume them.";
    const before = `Intro.\n${paragraph}\nOutro.`;
    const stored = selectQuote(before, "the talks were over");
    const after = `Intro.\n${paragraph}\n${paragraph}\nOutro.`;
    expect(anchorClaim(after, stored)).toMatchObject({ method: "position", start: stored.position!.start });
  });

  it("does not move a short quote to another copy when its own copy is deleted", () => {
    const stored = selectQuote(ARTICLE, "US", 1);
    expect(stored.quote.suffix).toMatch(/^ would also withdraw/);
    const edited = ARTICLE.replace("He said that the US would also", "He said that Washington would also");
    expect(ARTICLE.split("US").length - 1).toBeGreaterThan(3);
    expect(anchorClaim(edited, stored)).toEqual({ status: "orphaned", reason: "short-quote" });
  });

  it("does not move a name to another mention once its own sentence is rewritten", () => {
    const stored = selectQuote(ARTICLE, "John Kirby");
    const edited =
      ARTICLE.replace("State Department spokesperson John Kirby said in a statement here.", "the State Department said.") +
      "\nJohn Kirby later declined to comment further.";
    expect(anchorClaim(edited, stored)).toEqual({ status: "orphaned", reason: "short-quote" });
  });

  it("does not move a corrected figure onto the same digits a few words away", () => {
    const before = "A UN official said the convoy attack on September 19 killed 19 aid workers and drivers.";
    const stored = selectQuote(before, "19", 1);
    // The death toll is corrected; the date keeps its "19" right before the claim's old place.
    const after = "A UN official said the convoy attack on September 19 killed 20 aid workers and drivers.";
    expect(anchorClaim(after, stored)).toEqual({ status: "orphaned", reason: "short-quote" });
  });

  it("never anchors a very short quote approximately", () => {
    const stored = selectQuote(ARTICLE, "IS");
    const edited = ARTICLE.replace("Islamic State (IS)", "Islamic State (I.S.)");
    expect(anchorClaim(edited, stored)).toEqual({ status: "orphaned", reason: "short-quote" });
    // The same short quote is found again exactly when only text before it changes.
    const shifted = NOTE + ARTICLE;
    expect(highlighted(shifted, anchorClaim(shifted, stored))).toBe("IS");
    expect(anchorClaim(shifted, stored)).toMatchObject({ start: codePointIndexOf(shifted, "(IS)") + 1 });
  });

  it("does not trust a stored position where a short quote now sits in other words", () => {
    const before = "Kirby said the US would act within days, officials confirmed on Monday.";
    const stored = selectQuote(before, "US");
    // The sentence is rewritten; another "US" happens to sit at the very same offset.
    const after = "Jonas said the US team had resigned, aides told reporters late on Friday.";
    expect(Array.from(after).slice(stored.position!.start, stored.position!.end).join("")).toBe("US");
    expect(anchorClaim(after, stored)).toEqual({ status: "orphaned", reason: "short-quote" });
  });
});
