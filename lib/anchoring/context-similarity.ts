/** Score given when nothing is known either way (no stored context, or text now where the document used to begin or end). */
export const NEUTRAL_CONTEXT = 0.5;

/**
 * How well the stored context matches the text beside a candidate, 0..1: 1 − edit distance /
 * stored length, in code points. The comparison is anchored at the quote ("prefix": `actual`
 * ends where the quote starts; "suffix": it starts where the quote ends) and free at the far
 * end, so `actual` may be longer than `expected`.
 */
export function contextSimilarity(expected: string | undefined, actual: string, side: "prefix" | "suffix"): number {
  if (expected === undefined) return NEUTRAL_CONTEXT;
  if (expected === "") return actual === "" ? 1 : NEUTRAL_CONTEXT;
  const wanted = Array.from(expected);
  const found = Array.from(actual);
  if (side === "prefix") {
    wanted.reverse();
    found.reverse();
  }
  const distance = anchoredEditDistance(wanted, found);
  return Math.max(0, 1 - distance / wanted.length);
}

// Levenshtein distance between `wanted` and the best-matching start of `found`.
function anchoredEditDistance(wanted: string[], found: string[]): number {
  let previous = Array.from({ length: found.length + 1 }, (_, j) => j);
  for (let i = 1; i <= wanted.length; i++) {
    const current = [i];
    for (let j = 1; j <= found.length; j++) {
      const substitution = previous[j - 1] + (wanted[i - 1] === found[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return Math.min(...previous);
}
