/**
 * The scale every new workspace starts with, in display order. Number-to-label mapping for
 * schema.org ClaimReview (bestRating 5, worstRating 1; alternateName is always the label):
 *   5 True · 4 Mostly true · 3 Half true · 2 Mostly false · 1 False
 *   1 Misleading: not a point of the true/false axis, but as bad as false for a reader, so it
 *     shares the worst value and the label tells them apart.
 *   0 Unproven: no numeric rating at all; 0 is outside 1..5, so an export omits ratingValue and
 *     sends only alternateName.
 * Colours: mid-tone hues that keep ≥ 3:1 contrast as a swatch on both the light (#ffffff) and
 * dark (#171b21) surfaces, and ≥ 6.5:1 for body text over the translucent highlight
 * (globals.css mixes 28–45% of the colour into the background) in both themes.
 */
export const DEFAULT_RATING_SCALE = [
  { label: "True", value: 5, color: "#16a34a", description: "The claim is accurate and nothing significant is missing." },
  { label: "Mostly true", value: 4, color: "#65a30d", description: "Accurate, but needs clarification or additional information." },
  { label: "Half true", value: 3, color: "#c08400", description: "Partially accurate, but leaves out important details or takes things out of context." },
  { label: "Mostly false", value: 2, color: "#ea580c", description: "Contains an element of truth but ignores facts that would give a different impression." },
  { label: "False", value: 1, color: "#dc2626", description: "The claim is not accurate." },
  { label: "Misleading", value: 1, color: "#b45309", description: "Uses accurate facts in a way that leaves a false impression." },
  { label: "Unproven", value: 0, color: "#737b87", description: "The available evidence neither proves nor disproves the claim." },
] as const satisfies readonly { label: string; value: number; color: string; description: string }[];

/** Values of the ClaimReview scale: ratings outside [worst, best] carry no numeric rating. */
export const CLAIM_REVIEW_SCALE = { bestRating: 5, worstRating: 1 } as const;
