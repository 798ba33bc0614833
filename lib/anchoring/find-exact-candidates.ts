import type { PreparedText } from "./prepare-text";
import type { Candidate } from "./score-candidate";

/** Every place the normalized quote occurs exactly in the normalized text, on whole grapheme clusters. */
export function findExactCandidates(prepared: PreparedText, quote: string): Candidate[] {
  const candidates: Candidate[] = [];
  if (quote === "") return candidates;
  for (let start = prepared.normalized.indexOf(quote); start !== -1; start = prepared.normalized.indexOf(quote, start + 1)) {
    const end = start + quote.length;
    // A match inside a cluster ("👍" of "👍🏽") is text that is no longer there.
    if (isClusterStart(prepared, start) && isClusterStart(prepared, end)) {
      candidates.push({ start, end, errors: 0 });
    }
  }
  return candidates;
}

/** True when normalized offset `index` starts a grapheme cluster (or is the end of the text). */
export function isClusterStart(prepared: PreparedText, index: number): boolean {
  const { sourceStart } = prepared;
  return index <= 0 || index >= sourceStart.length || sourceStart[index] !== sourceStart[index - 1];
}
