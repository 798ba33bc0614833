import type { SuggestionReason } from "./reasons";
import type { SentenceFeatures } from "./sentence-features";

/** How much each reason adds on its own; reasons combine like independent evidence. */
export const REASON_WEIGHTS: Record<SuggestionReason, number> = {
  number: 0.55,
  date: 0.45,
  comparison: 0.4,
  causal: 0.4,
  // Attribution alone ("…," Earnest said) is no fact to check; it strengthens other reasons.
  attribution: 0.2,
};

/** Sentences scoring at least this are suggested. */
export const SUGGESTION_THRESHOLD = 0.4;

const MIN_WORDS = 5;

/**
 * Check-worthiness 0..1 from a sentence's features. Questions and very short sentences score 0;
 * opinions keep a low score unless they carry a number; forecasts and hedges are damped.
 */
export function scoreSentence(features: SentenceFeatures): number {
  if (features.question || features.wordCount < MIN_WORDS || features.reasons.length === 0) return 0;
  let missing = 1;
  for (const reason of features.reasons) missing *= 1 - REASON_WEIGHTS[reason];
  let score = 1 - missing;
  // A figure inside an opinion can still be checked ("…when boards plan 4,000 job losses");
  // the day it was said on cannot ("'That's tragic,' he said on Monday").
  if (features.opinion) score *= features.reasons.includes("number") ? 0.75 : 0.3;
  if (features.hedged) score *= 0.5;
  return Math.round(score * 100) / 100;
}
