import { TAGS_MAX, TAG_MAX } from "@/lib/claims/schema";

export const MAX_TAGS = TAGS_MAX;
export const MAX_TAG_LENGTH = TAG_MAX;

/** A tag as stored: trimmed, inner whitespace collapsed, a leading "#" dropped, length capped. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/^#+/, "").replace(/\s+/g, " ").trim().slice(0, MAX_TAG_LENGTH).trim();
}

export interface AddTagsResult {
  tags: string[];
  /** Tags typed that were not added because the list was full. */
  overflow: string[];
}

/**
 * Adds what the user typed (commas separate several tags) to the list. A tag already present in
 * another letter case is not added twice; the list never grows past MAX_TAGS.
 */
export function addTags(tags: readonly string[], typed: string): AddTagsResult {
  const next = [...tags];
  const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase()));
  const overflow: string[] = [];
  for (const tag of typed.split(",").map(normalizeTag)) {
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    if (next.length >= MAX_TAGS) {
      overflow.push(tag);
      continue;
    }
    seen.add(key);
    next.push(tag);
  }
  return { tags: next, overflow };
}
