import search from "approx-string-match";
import { isClusterStart } from "./find-exact-candidates";
import type { PreparedText } from "./prepare-text";
import type { Candidate } from "./score-candidate";

/** Hypothesis' bound: up to half the quote may differ, never more than 256 edits. */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

/**
 * Up to `limit` non-overlapping places closest to the quote (fewest edits), found by approximate
 * search, each with its variants: overlapping matches as good, e.g. ending before or after a
 * changed last word, for the context to choose between. approx-string-match reports only the
 * matches with the fewest edits, so after taking one place the text on each side of it is
 * searched again: that finds the runner-ups an ambiguity check needs, and the right place when
 * a look-alike elsewhere has fewer edits.
 */
export function findFuzzyCandidates(prepared: PreparedText, quote: string, limit = 8): Candidate[] {
  const text = prepared.normalized;
  const maxErrors = maxErrorsFor(quote);
  const places: Candidate[][] = [];
  const pending: Candidate[][] = [];
  const searchSpan = (from: number, to: number) => {
    if (to - from < quote.length - maxErrors) return;
    const matches = search(text.slice(from, to), quote, maxErrors).map((match) => ({
      start: match.start + from,
      end: match.end + from,
      errors: match.errors,
    }));
    if (matches.length > 0) pending.push(matches.filter((match) => overlaps(match, matches[0])));
  };

  searchSpan(0, text.length);
  while (pending.length > 0 && places.length < limit) {
    pending.sort((a, b) => a[0].errors - b[0].errors || a[0].start - b[0].start);
    const variants = pending.shift()!;
    places.push(variants);
    const start = Math.min(...variants.map((match) => match.start));
    const end = Math.max(...variants.map((match) => match.end));
    // Pending matches come from spans no taken place overlaps, so the spans stay disjoint.
    const span = spanAround(places.flat(), start, end, text.length);
    searchSpan(span.from, start);
    searchSpan(end, span.to);
  }
  const candidates = places.flat().map((match) => widenToClusters(prepared, trimSpaces(text, quote, match)));
  return candidates.filter(
    (one, index) => candidates.findIndex((other) => other.start === one.start && other.end === one.end) === index,
  );
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function spanAround(taken: Candidate[], start: number, end: number, length: number): { from: number; to: number } {
  let from = 0;
  let to = length;
  for (const other of taken) {
    if (other.end <= start) from = Math.max(from, other.end);
    if (other.start >= end) to = Math.min(to, other.start);
  }
  return { from, to };
}

// The search may count a neighbouring space as a substitution; do not highlight it.
function trimSpaces(text: string, quote: string, match: Candidate): Candidate {
  let { start, end } = match;
  if (!quote.startsWith(" ")) while (start < end && text[start] === " ") start++;
  if (!quote.endsWith(" ")) while (end > start && text[end - 1] === " ") end--;
  return { ...match, start, end };
}

// A match inside a cluster ("👍" in "👍🏽") covers the whole cluster; each unit added is an edit.
function widenToClusters(prepared: PreparedText, match: Candidate): Candidate {
  let { start, end, errors } = match;
  for (; !isClusterStart(prepared, start); errors++) start--;
  for (; !isClusterStart(prepared, end); errors++) end++;
  return { start, end, errors };
}
