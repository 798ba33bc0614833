import { describe, expect, it } from "vitest";
import { activeMention, insertMention } from "./active-mention";

describe("activeMention", () => {
  it("finds the @query before the caret, names with spaces included", () => {
    expect(activeMention("hi @al", 6)).toEqual({ start: 3, query: "al" });
    expect(activeMention("@Alice Ma", 9)).toEqual({ start: 0, query: "Alice Ma" });
    expect(activeMention("hi @", 4)).toEqual({ start: 3, query: "" });
  });

  it("ignores addresses, other lines and a caret before the @", () => {
    expect(activeMention("mail bob@example", 16)).toBeNull();
    expect(activeMention("@al\nnext", 8)).toBeNull();
    expect(activeMention("hi @al", 2)).toBeNull();
  });
});

describe("insertMention", () => {
  it("replaces the query with the full name and a space, keeping the rest", () => {
    expect(insertMention("hi @al please", 3, 6, "Alice Martin")).toEqual({ text: "hi @Alice Martin please", caret: 17 });
    expect(insertMention("@b", 0, 2, "Bob")).toEqual({ text: "@Bob ", caret: 5 });
  });
});
