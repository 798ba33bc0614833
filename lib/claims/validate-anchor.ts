import { codePointToUtf16, describeSelection } from "@/lib/anchoring";
import { AppError } from "@/lib/server/app-error";
import type { ClaimAnchorInput } from "./schema";
import type { ClaimAnchor } from "./types";

export const STALE_SELECTION = "The selection no longer matches the article text; reload and select again.";

/**
 * Checks a browser selection against the article's current plain text (the quote must be exactly
 * the code points [start, end)) and describes it afresh: the client's prefix and suffix are never
 * trusted, and the range is widened to whole grapheme clusters.
 */
export function validateAnchor(plainText: string, anchor: ClaimAnchorInput): ClaimAnchor {
  let start16: number;
  let end16: number;
  try {
    start16 = codePointToUtf16(plainText, anchor.start);
    end16 = codePointToUtf16(plainText, anchor.end);
  } catch {
    throw new AppError("INVALID_INPUT", STALE_SELECTION);
  }
  if (plainText.slice(start16, end16) !== anchor.exact) throw new AppError("INVALID_INPUT", STALE_SELECTION);
  const { quote, position } = describeSelection(plainText, start16, end16);
  return {
    exact: quote.exact,
    prefix: quote.prefix ?? "",
    suffix: quote.suffix ?? "",
    start: position!.start,
    end: position!.end,
  };
}
