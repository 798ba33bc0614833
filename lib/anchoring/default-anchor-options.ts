import type { AnchorOptions } from "./types";

/**
 * Thresholds `anchorClaim` uses unless told otherwise. Scores use Hypothesis' weights (quote 50,
 * prefix 20, suffix 20, position 2); on the fixture article, 32 code points of unrelated text
 * score 0.25 as context on average (0.53 at most, over 266 pairs).
 */
export const DEFAULT_ANCHOR_OPTIONS: Required<AnchorOptions> = {
  // Unrelated text on both sides cannot reach it even with a perfect quote ((50 + 10 + 2) / 92 =
  // 0.67); one intact side needs a quote at least 75% alike.
  minConfidence: 0.7,
  // Beyond a quarter of the quote edited, the sentence may no longer say what was checked: a
  // person should re-attach the claim. Hypothesis accepts up to half.
  minQuoteSimilarity: 0.75,
  // About 4 of the 32 context code points on one side; closer places are tied, and only a much
  // nearer position settles the tie (see pickCandidate).
  minMargin: 0.025,
  // From the product issue: 1–3 code points match approximately almost anywhere.
  minQuoteLength: 4,
  // Names and figures ("John Kirby", "September 19") recur, so such quotes need their context.
  minContextFreeLength: 16,
};
