import { describe, expect, it } from "vitest";
import { MATCH_START as S, MATCH_STOP as E, toSegments } from "./to-segments";

describe("toSegments", () => {
  it("splits marked matches from the text around them", () => {
    expect(toSegments(`The ${S}convoy${E} was ${S}attacked${E}.`)).toEqual([
      { text: "The ", match: false },
      { text: "convoy", match: true },
      { text: " was ", match: false },
      { text: "attacked", match: true },
      { text: ".", match: false },
    ]);
  });

  it("merges adjacent matches and keeps markup as plain text", () => {
    expect(toSegments(`${S}a${E}${S}b${E} <script>`)).toEqual([
      { text: "ab", match: true },
      { text: " <script>", match: false },
    ]);
  });

  it("returns no segments for empty text", () => {
    expect(toSegments("")).toEqual([]);
  });
});
