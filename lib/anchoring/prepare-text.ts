import { isSurrogatePairAt } from "./code-point-to-utf16";
import { segmentGraphemes } from "./segment-graphemes";

const WHITESPACE = /^\s+$/u;

/** A text with the indexes anchoring needs, built once and reused for every claim on it. */
export interface PreparedText {
  text: string;
  /**
   * The text as matching sees it: every whitespace run (newlines, tabs, no-break spaces) is one
   * space and every grapheme cluster is in NFC, so re-imports that only change those still match.
   */
  normalized: string;
  /** For each unit of `normalized`: the UTF-16 range in `text` of the cluster or whitespace run it came from. */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
  /** For each UTF-16 offset of `text`: the offset in `normalized`, or -1 inside a grapheme cluster. */
  toNormalized: Int32Array;
  /** For each UTF-16 offset of `text`: the code points before it, or -1 between the halves of a pair. */
  toCodePoint: Int32Array;
  /** For each code-point offset: the UTF-16 offset. */
  toUtf16: Int32Array;
}

/** Indexes `text` for anchoring (normalized view, grapheme boundaries, code-point tables). */
export function prepareText(text: string): PreparedText {
  let normalized = "";
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const toNormalized = new Int32Array(text.length + 1).fill(-1);
  let inWhitespace = false;

  for (const { segment, index } of segmentGraphemes(text)) {
    const end = index + segment.length;
    if (WHITESPACE.test(segment)) {
      if (inWhitespace) {
        // Extend the run's single space so it maps back to the whole run.
        sourceEnd[sourceEnd.length - 1] = end;
        toNormalized[index] = normalized.length - 1;
        continue;
      }
      inWhitespace = true;
      toNormalized[index] = normalized.length;
      normalized += " ";
      sourceStart.push(index);
      sourceEnd.push(end);
      continue;
    }
    inWhitespace = false;
    toNormalized[index] = normalized.length;
    const cluster = segment.normalize("NFC");
    normalized += cluster;
    for (let unit = 0; unit < cluster.length; unit++) {
      sourceStart.push(index);
      sourceEnd.push(end);
    }
  }
  toNormalized[text.length] = normalized.length;

  const toCodePoint = new Int32Array(text.length + 1).fill(-1);
  const toUtf16: number[] = [];
  let index = 0;
  for (; index < text.length; index += isSurrogatePairAt(text, index) ? 2 : 1) {
    toCodePoint[index] = toUtf16.length;
    toUtf16.push(index);
  }
  toCodePoint[index] = toUtf16.length;
  toUtf16.push(index);

  return {
    text,
    normalized,
    sourceStart: Int32Array.from(sourceStart),
    sourceEnd: Int32Array.from(sourceEnd),
    toNormalized,
    toCodePoint,
    toUtf16: Int32Array.from(toUtf16),
  };
}

/** Normalizes a quote or context string the way `prepareText` normalizes the document. */
export function normalizeForMatching(text: string): string {
  return prepareText(text).normalized;
}
