import { isSurrogatePairAt } from "./code-point-to-utf16";

/** Converts a UTF-16 offset in `text` to a code-point offset; throws RangeError out of range or inside a surrogate pair. */
export function utf16ToCodePoint(text: string, utf16: number): number {
  if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) {
    throw new RangeError(`UTF-16 offset ${utf16} is outside the text (length ${text.length})`);
  }
  let codePoints = 0;
  let index = 0;
  while (index < utf16) {
    index += isSurrogatePairAt(text, index) ? 2 : 1;
    codePoints++;
  }
  // Stepping over a pair overshoots an offset that points between its two halves.
  if (index !== utf16) {
    throw new RangeError(`UTF-16 offset ${utf16} splits a surrogate pair`);
  }
  return codePoints;
}
