import { describe, expect, it } from "vitest";
import { codePointToUtf16, utf16ToCodePoint } from "@/lib/anchoring";
import { codePointMap } from "./code-point-map";

describe("codePointMap", () => {
  const text = "A 👍🏽 family 👨‍👩‍👧 e\u0301 ناتو 中文 𝔘 end";
  const map = codePointMap(text);

  it("agrees with the anchoring library's converters at every code point", () => {
    const codePoints = [...text].length;
    for (let cp = 0; cp <= codePoints; cp++) {
      expect(map.toUtf16(cp), `cp ${cp}`).toBe(codePointToUtf16(text, cp));
    }
  });

  it("converts UTF-16 offsets back at every character boundary", () => {
    for (let cp = 0; cp <= [...text].length; cp++) {
      const utf16 = codePointToUtf16(text, cp);
      expect(map.toCodePoint(utf16)).toBe(utf16ToCodePoint(text, utf16));
    }
  });
});
