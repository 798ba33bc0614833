import { DEFAULT_ANCHOR_OPTIONS } from "./default-anchor-options";
import { findExactCandidates } from "./find-exact-candidates";
import { findFuzzyCandidates } from "./find-fuzzy-candidates";
import { distinctPlaces, pickCandidate } from "./pick-candidate";
import { normalizeForMatching, prepareText, type PreparedText } from "./prepare-text";
import { scoreCandidate, type Candidate, type MatchTarget, type ScoredCandidate } from "./score-candidate";
import type { AnchorOptions, AnchorResult, ClaimSelectors, OrphanReason } from "./types";

// An exact match whose context is this intact needs no approximate search to be sure of.
const SURE_EXACT_SCORE = 0.95;
// Half the stored context: random text beside a look-alike scores about a quarter.
const MIN_CONTEXT_FOR_SHORT_QUOTES = 0.5;

/**
 * Finds a claim's text in `text` (a string, or `prepareText(text)` when anchoring many claims):
 * the stored position if the quote is still there, else the exact quote, else an approximate
 * match, each weighed by its context; orphans the claim rather than guess.
 */
export function anchorClaim(
  text: string | PreparedText,
  selectors: ClaimSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const prepared = typeof text === "string" ? prepareText(text) : text;
  const settings = { ...DEFAULT_ANCHOR_OPTIONS, ...options };
  const { prefix, suffix } = selectors.quote;
  const target: MatchTarget = {
    quote: normalizeForMatching(selectors.quote.exact),
    prefix: prefix === undefined ? undefined : normalizeForMatching(prefix),
    suffix: suffix === undefined ? undefined : normalizeForMatching(suffix),
    hint: selectors.position?.start,
  };
  if (target.quote.trim() === "") return orphan("empty-quote");
  const length = Array.from(target.quote).length;
  const short = length < settings.minQuoteLength;
  const score = (candidate: Candidate) => scoreCandidate(prepared, target, candidate);

  const exact = findExactCandidates(prepared, target.quote).map(score);
  let candidates = exact;
  // An exact copy elsewhere must not win over the claim's own, slightly edited, sentence.
  if (!short && !exact.some((candidate) => candidate.score >= SURE_EXACT_SCORE)) {
    const fuzzy = findFuzzyCandidates(prepared, target.quote)
      .filter((candidate) => !exact.some((other) => candidate.start < other.end && other.start < candidate.end))
      .map(score);
    candidates = [...exact, ...fuzzy];
  }
  if (candidates.length === 0) return orphan(short ? "short-quote" : "not-found");

  const chosen = pickCandidate(candidates, target.hint, settings.minMargin);
  // A weak best place is reported as such even when other places are as weak.
  const weakness = weaknessOf(chosen ?? distinctPlaces(candidates)[0], length < settings.minContextFreeLength, settings);
  if (weakness) return orphan(weakness);
  if (!chosen) return orphan("ambiguous");
  return {
    status: "anchored",
    start: chosen.startCodePoint,
    end: prepared.toCodePoint[prepared.sourceEnd[chosen.end - 1]],
    method: isAtStoredPosition(prepared, selectors, chosen) ? "position" : chosen.errors === 0 ? "quote" : "fuzzy",
    confidence: Math.round(chosen.score * 1000) / 1000,
  };
}

function weaknessOf(
  candidate: ScoredCandidate,
  needsContext: boolean,
  settings: Required<AnchorOptions>,
): OrphanReason | undefined {
  if (candidate.errors > 0) {
    if (candidate.quoteSimilarity < settings.minQuoteSimilarity || candidate.score < settings.minConfidence) {
      return "low-confidence";
    }
  }
  if (needsContext) {
    const context = (candidate.prefixSimilarity + candidate.suffixSimilarity) / 2;
    // The context as a whole must be there, and right beside the quote: a shifted copy of the
    // context still scores well around a look-alike a few words away.
    if (context < MIN_CONTEXT_FOR_SHORT_QUOTES || !candidate.adjacentContextIntact) return "short-quote";
  }
  return undefined;
}

// The stored position counts only where the text there is exactly the stored quote.
function isAtStoredPosition(prepared: PreparedText, selectors: ClaimSelectors, candidate: ScoredCandidate): boolean {
  const position = selectors.position;
  if (!position || candidate.errors > 0 || position.start !== candidate.startCodePoint) return false;
  const end = position.end < prepared.toUtf16.length ? prepared.toUtf16[position.end] : -1;
  return prepared.text.slice(prepared.sourceStart[candidate.start], end) === selectors.quote.exact;
}

function orphan(reason: OrphanReason): AnchorResult {
  return { status: "orphaned", reason };
}
