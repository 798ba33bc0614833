// Grapheme rules do not depend on the locale; one segmenter serves every call.
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Moves a UTF-16 range [start, end) onto grapheme-cluster boundaries: "outward" grows it to
 * whole clusters (a selection), "inward" shrinks it (a context window that must not start mid-cluster).
 */
export function snapToGraphemes(
  text: string,
  start: number,
  end: number,
  direction: "outward" | "inward" = "outward",
): { start: number; end: number } {
  const segments = segmenter.segment(text);
  const startOf = (index: number) => segments.containing(index)?.index ?? text.length;
  const endOf = (index: number) => {
    const segment = segments.containing(index);
    return segment ? segment.index + segment.segment.length : text.length;
  };
  const onBoundary = (index: number) => index <= 0 || index >= text.length || startOf(index) === index;

  if (direction === "outward") {
    return {
      start: onBoundary(start) ? start : startOf(start),
      end: onBoundary(end) ? end : endOf(end),
    };
  }
  const snapped = { start: onBoundary(start) ? start : endOf(start), end: onBoundary(end) ? end : startOf(end) };
  // Shrinking a range inside one cluster leaves nothing; keep it empty rather than inverted.
  return snapped.end < snapped.start ? { start: snapped.start, end: snapped.start } : snapped;
}
