/** Why a sentence is suggested as a claim; shown to the checker beside each suggestion. */
export const SUGGESTION_REASONS = ["number", "date", "comparison", "attribution", "causal"] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export const REASON_LABELS: Record<SuggestionReason, string> = {
  number: "number or statistic",
  date: "date",
  comparison: "comparison or superlative",
  attribution: "attributed statement",
  causal: "causal claim",
};
