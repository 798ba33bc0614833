import { describe, expect, it } from "vitest";
import { findNulCharacter } from "./find-nul-character";

describe("findNulCharacter", () => {
  it("names the path of the first string holding a NUL, in objects and lists", () => {
    expect(findNulCharacter({ a: "fine", sources: [{ title: "ok" }, { title: "bad\u0000" }] })).toBe("sources.1.title");
    expect(findNulCharacter("\u0000")).toBe("form");
    expect(findNulCharacter({ ["key\u0000"]: 1 })).toBe("key\u0000");
  });

  it("passes everything else", () => {
    expect(findNulCharacter({ a: "text with \\0 written out", n: 0, b: null, c: [true] })).toBeNull();
    expect(findNulCharacter(undefined)).toBeNull();
  });
});
