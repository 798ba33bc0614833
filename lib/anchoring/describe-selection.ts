import { isSurrogatePairAt } from "./code-point-to-utf16";
import { snapToGraphemes } from "./snap-to-graphemes";
import type { ClaimSelectors } from "./types";
import { utf16ToCodePoint } from "./utf16-to-code-point";

/** Code points of context stored on each side of a quote, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes the selection [startUtf16, endUtf16) of the plain `text` (UTF-16 offsets, as a
 * browser or String#slice gives them) as a quote and a code-point position selector. The
 * selection is first widened to whole grapheme clusters; each context side is at most 32 code
 * points, shortened so it does not begin or end inside a cluster.
 */
export function describeSelection(text: string, startUtf16: number, endUtf16: number): ClaimSelectors {
  if (!Number.isInteger(startUtf16) || !Number.isInteger(endUtf16) || startUtf16 < 0 || endUtf16 > text.length) {
    throw new RangeError(`Selection [${startUtf16}, ${endUtf16}) is outside the text (length ${text.length})`);
  }
  if (startUtf16 >= endUtf16) {
    throw new RangeError(`Selection [${startUtf16}, ${endUtf16}) is empty`);
  }
  const { start, end } = snapToGraphemes(text, startUtf16, endUtf16, "outward");
  const context = snapToGraphemes(
    text,
    stepBack(text, start, CONTEXT_LENGTH),
    stepForward(text, end, CONTEXT_LENGTH),
    "inward",
  );
  const startCodePoint = utf16ToCodePoint(text, start);
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(Math.min(context.start, start), start),
      suffix: text.slice(end, Math.max(context.end, end)),
    },
    position: {
      type: "TextPositionSelector",
      start: startCodePoint,
      end: startCodePoint + countCodePoints(text.slice(start, end)),
    },
  };
}

function stepBack(text: string, from: number, codePoints: number): number {
  let index = from;
  for (let step = 0; step < codePoints && index > 0; step++) {
    index -= index >= 2 && isSurrogatePairAt(text, index - 2) ? 2 : 1;
  }
  return index;
}

function stepForward(text: string, from: number, codePoints: number): number {
  let index = from;
  for (let step = 0; step < codePoints && index < text.length; step++) {
    index += isSurrogatePairAt(text, index) ? 2 : 1;
  }
  return index;
}

function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
