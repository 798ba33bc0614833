import type { ScoredCandidate } from "./score-candidate";

// Position settles a tie only if the nearest copy is less than half as far from the stored start as the next.
const NEARER_FACTOR = 2;

/**
 * The place a claim belongs, or undefined when several places are equally likely. Text decides
 * first: places whose quote-and-context score is within `minMargin` of the best tie. Among
 * tied places, one much nearer the stored start (`hint`) wins; otherwise nobody does.
 */
export function pickCandidate(
  candidates: readonly ScoredCandidate[],
  hint: number | undefined,
  minMargin: number,
): ScoredCandidate | undefined {
  const places = distinctPlaces(candidates);
  if (places.length === 0) return undefined;
  const tied = places.filter((place) => places[0].contentScore - place.contentScore < minMargin);
  if (tied.length === 1) return tied[0];
  if (hint === undefined) return undefined;
  const [nearest, next] = tied
    .map((place) => ({ place, distance: Math.abs(place.startCodePoint - hint) }))
    .sort((a, b) => a.distance - b.distance);
  return nearest.distance * NEARER_FACTOR < next.distance ? nearest.place : undefined;
}

/** Best first; an approximate match overlapping a better one is the same place ending elsewhere, so dropped. */
export function distinctPlaces(candidates: readonly ScoredCandidate[]): ScoredCandidate[] {
  const sorted = [...candidates].sort((a, b) => b.contentScore - a.contentScore || b.score - a.score);
  const places: ScoredCandidate[] = [];
  for (const candidate of sorted) {
    const variant = places.some(
      (place) => place.errors > 0 && candidate.errors > 0 && place.start < candidate.end && candidate.start < place.end,
    );
    if (!variant) places.push(candidate);
  }
  return places;
}
