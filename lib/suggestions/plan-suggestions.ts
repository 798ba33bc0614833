import type { SuggestionCandidate } from "./types";

/** A suggestion the checker already decided on (accepted or dismissed). */
export interface DecidedSuggestion {
  exact: string;
  start: number;
}

/** A claim's range in code points. */
export interface ClaimRange {
  start: number;
  end: number;
}

/**
 * Which fresh candidates become pending suggestions. A candidate is left out when a claim
 * already covers any of its text, or when the checker decided on the same sentence before: each
 * earlier decision matches the one candidate with the same quote nearest its old position, so
 * dismissing one of two identical sentences keeps the other suggested.
 */
export function planSuggestions(candidates: SuggestionCandidate[], decided: DecidedSuggestion[], claims: ClaimRange[]): SuggestionCandidate[] {
  const suppressed = new Set<SuggestionCandidate>();
  for (const decision of decided) {
    let nearest: SuggestionCandidate | undefined;
    for (const candidate of candidates) {
      if (candidate.exact !== decision.exact || suppressed.has(candidate)) continue;
      if (!nearest || Math.abs(candidate.start - decision.start) < Math.abs(nearest.start - decision.start)) nearest = candidate;
    }
    if (nearest) suppressed.add(nearest);
  }
  return candidates.filter((candidate) => !suppressed.has(candidate) && !claims.some((claim) => overlaps(claim, candidate)));
}

/** Whether two code-point ranges share any text. */
export function overlaps(a: ClaimRange, b: ClaimRange): boolean {
  return a.start < b.end && b.start < a.end;
}
