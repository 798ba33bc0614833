import { describe, expect, it } from "vitest";
import { codePointToUtf16 } from "./code-point-to-utf16";
import { utf16ToCodePoint } from "./utf16-to-code-point";

// 👍🏽 is two code points (four UTF-16 units); the family is seven code points joined by ZWJ.
const TEXT = "Kirby 👍🏽 said 👨‍👩‍👧‍👦 talks were over";

describe("codePointToUtf16 / utf16ToCodePoint", () => {
  it("counts an emoji as its code points, not its UTF-16 units", () => {
    const said = TEXT.indexOf("said");
    expect(utf16ToCodePoint(TEXT, said)).toBe(Array.from(TEXT.slice(0, said)).length);
    expect(utf16ToCodePoint(TEXT, said)).toBe(9);
    expect(codePointToUtf16(TEXT, 9)).toBe(said);
  });

  it("round-trips every code-point offset of a text full of astral characters", () => {
    const count = Array.from(TEXT).length;
    for (let codePoint = 0; codePoint <= count; codePoint++) {
      expect(utf16ToCodePoint(TEXT, codePointToUtf16(TEXT, codePoint))).toBe(codePoint);
    }
  });

  it("leaves BMP scripts one unit per code point", () => {
    const text = "Россия и США 美国 سوريا";
    expect(utf16ToCodePoint(text, text.length)).toBe(text.length);
    expect(codePointToUtf16(text, 5)).toBe(5);
  });

  it("refuses offsets that split a surrogate pair or fall outside the text", () => {
    const inside = TEXT.indexOf("👍") + 1;
    expect(() => utf16ToCodePoint(TEXT, inside)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(TEXT, TEXT.length + 1)).toThrow(RangeError);
    expect(() => codePointToUtf16(TEXT, Array.from(TEXT).length + 1)).toThrow(RangeError);
    expect(() => codePointToUtf16(TEXT, -1)).toThrow(RangeError);
  });
});
