/** Converts a code-point offset in `text` to the matching UTF-16 offset; throws RangeError past the end. */
export function codePointToUtf16(text: string, codePoint: number): number {
  if (!Number.isInteger(codePoint) || codePoint < 0) {
    throw new RangeError(`Code-point offset must be a non-negative integer, got ${codePoint}`);
  }
  let utf16 = 0;
  for (let seen = 0; seen < codePoint; seen++) {
    if (utf16 >= text.length) {
      throw new RangeError(`Code-point offset ${codePoint} is past the end of the text`);
    }
    utf16 += isSurrogatePairAt(text, utf16) ? 2 : 1;
  }
  return utf16;
}

/** True when a high surrogate at `index` is followed by a low one; lone surrogates count as one code point. */
export function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}
