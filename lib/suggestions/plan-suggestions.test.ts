import { describe, expect, it } from "vitest";
import { planSuggestions } from "./plan-suggestions";
import type { SuggestionCandidate } from "./types";

const candidate = (exact: string, start: number): SuggestionCandidate => ({ exact, start, end: start + exact.length, score: 0.6, reasons: ["date"] });

describe("planSuggestions", () => {
  const first = candidate("On Monday the talks ended.", 0);
  const second = candidate("Exports doubled in 2020.", 30);

  it("keeps every candidate when nothing was decided or claimed", () => {
    expect(planSuggestions([first, second], [], [])).toEqual([first, second]);
  });

  it("leaves out sentences a claim touches, even partly", () => {
    expect(planSuggestions([first, second], [], [{ start: 35, end: 42 }])).toEqual([first]);
    expect(planSuggestions([first, second], [], [{ start: 26, end: 30 }])).toEqual([first, second]);
  });

  it("remembers a dismissal by its quote, also after the sentence moved", () => {
    expect(planSuggestions([first, candidate(second.exact, 80)], [{ exact: second.exact, start: 30 }], [])).toEqual([first]);
  });

  it("suppresses only the nearest of two identical sentences", () => {
    const again = candidate(first.exact, 100);
    expect(planSuggestions([first, second, again], [{ exact: first.exact, start: 95 }], [])).toEqual([first, second]);
    expect(planSuggestions([first, second, again], [{ exact: first.exact, start: 2 }, { exact: first.exact, start: 99 }], [])).toEqual([second]);
  });
});
