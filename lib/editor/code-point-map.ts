/**
 * Converts code-point offsets of one text to UTF-16 offsets in O(log n) each, for drawing
 * many claims at once (lib/anchoring's converters walk the text per call).
 */
export function codePointMap(text: string) {
  // UTF-16 offsets of astral characters (surrogate pairs), in order.
  const astral: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      astral.push(index);
      index++;
    }
  }
  return {
    toUtf16(codePoint: number): number {
      // Each astral character before the target adds one extra UTF-16 unit.
      let low = 0;
      let high = astral.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (astral[mid] - mid < codePoint) low = mid + 1;
        else high = mid;
      }
      return codePoint + low;
    },
    toCodePoint(utf16: number): number {
      let low = 0;
      let high = astral.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (astral[mid] < utf16) low = mid + 1;
        else high = mid;
      }
      return utf16 - low;
    },
  };
}
