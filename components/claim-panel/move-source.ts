import type { SourceDTO } from "@/lib/claims/types";

/** Source ids in display order with one source moved by `offset`; null when it cannot move. */
export function moveSource(sources: readonly SourceDTO[], sourceId: string, offset: -1 | 1): string[] | null {
  const ids = [...sources].sort((a, b) => a.position - b.position).map((source) => source.id);
  const from = ids.indexOf(sourceId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  [ids[from], ids[to]] = [ids[to], ids[from]];
  return ids;
}
