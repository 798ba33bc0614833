import type { ExportClaim } from "./types";

export interface TextSegment {
  text: string;
  /** The innermost claim covering this text (the one that started last), if any. */
  claim: ExportClaim | null;
  /** Claims ending right after this segment, whose numbers follow it as markers. */
  endingClaims: ExportClaim[];
}

/**
 * The article's paragraphs (plainText split at "\n"), each cut into segments at every claim
 * boundary. Claim offsets are code points of plainText; overlapping and nested claims are
 * allowed, and a segment shows the innermost one. Orphaned claims are not placed.
 */
export function highlightSegments(plainText: string, claims: readonly ExportClaim[]): TextSegment[][] {
  const points = Array.from(plainText);
  const placed = claims.filter((claim) => claim.anchored && claim.start < claim.end && claim.end <= points.length);
  const boundaries = new Set<number>([0, points.length]);
  for (const claim of placed) boundaries.add(claim.start).add(claim.end);
  points.forEach((char, index) => char === "\n" && boundaries.add(index).add(index + 1));
  const cuts = [...boundaries].sort((a, b) => a - b);
  const startsAt = groupBy(placed, (claim) => claim.start);
  const endsAt = groupBy(placed, (claim) => claim.end);

  const paragraphs: TextSegment[][] = [[]];
  const open: ExportClaim[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const from = cuts[index];
    const to = cuts[index + 1];
    for (const claim of startsAt.get(from) ?? []) open.push(claim);
    const text = points.slice(from, to).join("");
    const ending = endsAt.get(to) ?? [];
    if (text === "\n") {
      paragraphs.push([]);
    } else {
      paragraphs[paragraphs.length - 1].push({ text, claim: open.at(-1) ?? null, endingClaims: ending });
    }
    for (const claim of ending) open.splice(open.indexOf(claim), 1);
  }
  return paragraphs;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
