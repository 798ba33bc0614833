import { contextSimilarity, NEUTRAL_CONTEXT } from "./context-similarity";
import type { PreparedText } from "./prepare-text";

// Hypothesis' weights. Position only nudges the reported confidence; pickCandidate settles ties by it.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** What a claim is searched for, in the normalized form of `PreparedText`. */
export interface MatchTarget {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Stored start, in code points, if any. */
  hint?: number;
}

/** A place in `PreparedText.normalized` where the quote may be; `errors` is its edit distance. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** Start in code points of the original text. */
  startCodePoint: number;
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
  positionSimilarity: number;
  /** Whether the few code points right before or right after the candidate are exactly as stored. */
  adjacentContextIntact: boolean;
  /** Weighted mean of the quote and context similarities, 0..1: how alike the text is. */
  contentScore: number;
  /** Weighted mean of all four similarities, 0..1: Hypothesis' score, reported as confidence. */
  score: number;
}

/** Scores a candidate by quote, prefix, suffix and position similarity, as Hypothesis does. */
export function scoreCandidate(prepared: PreparedText, target: MatchTarget, candidate: Candidate): ScoredCandidate {
  const { normalized } = prepared;
  const quoteSimilarity = Math.max(0, 1 - candidate.errors / Math.max(1, target.quote.length));
  const prefixSimilarity = contextSimilarity(
    target.prefix,
    normalized.slice(Math.max(0, candidate.start - windowFor(target.prefix)), candidate.start),
    "prefix",
  );
  const suffixSimilarity = contextSimilarity(
    target.suffix,
    normalized.slice(candidate.end, candidate.end + windowFor(target.suffix)),
    "suffix",
  );
  const startCodePoint = prepared.toCodePoint[prepared.sourceStart[candidate.start] ?? prepared.text.length];
  const positionSimilarity = positionScore(prepared, startCodePoint, target.hint);
  const content =
    WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefixSimilarity + WEIGHTS.suffix * suffixSimilarity;
  return {
    ...candidate,
    startCodePoint,
    quoteSimilarity,
    prefixSimilarity,
    suffixSimilarity,
    positionSimilarity,
    adjacentContextIntact:
      adjacentMatches(target.prefix, normalized.slice(0, candidate.start), "prefix") ||
      adjacentMatches(target.suffix, normalized.slice(candidate.end), "suffix"),
    contentScore: content / (TOTAL_WEIGHT - WEIGHTS.position),
    score: (content + WEIGHTS.position * positionSimilarity) / TOTAL_WEIGHT,
  };
}

// Few enough to survive a word edited nearby, enough that a letter a few words away fails.
const ADJACENT_CODE_POINTS = 4;

function adjacentMatches(expected: string | undefined, actual: string, side: "prefix" | "suffix"): boolean {
  if (expected === undefined) return false;
  // Two UTF-16 units per code point at most; both ends are on cluster boundaries.
  const units = 2 * ADJACENT_CODE_POINTS;
  const near = (text: string) => Array.from(side === "prefix" ? text.slice(-units) : text.slice(0, units));
  const wanted = near(expected);
  const found = near(actual);
  const count = Math.min(ADJACENT_CODE_POINTS, wanted.length);
  if (count === 0) return actual === "";
  const edge = (list: string[]) => (side === "prefix" ? list.slice(-count) : list.slice(0, count)).join("");
  return found.length >= count && edge(wanted) === edge(found);
}

// Room for words inserted next to the quote without letting far-away text count as context.
function windowFor(context: string | undefined): number {
  return context ? Math.ceil(context.length * 1.5) + 4 : 0;
}

function positionScore(prepared: PreparedText, start: number, hint: number | undefined): number {
  if (hint === undefined) return NEUTRAL_CONTEXT;
  const length = prepared.toUtf16.length - 1;
  return Math.max(0, 1 - Math.abs(start - hint) / Math.max(1, length));
}
