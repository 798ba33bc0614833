import type { SourceInput } from "./schema";

type SourceColumns = Omit<Partial<SourceInput>, "publishedAt"> & { publishedAt?: Date | null };

/** A validated source form (or part of it) as the columns it is stored in. */
export function sourceData(source: Partial<SourceInput>): SourceColumns {
  const data: SourceColumns = {};
  if (source.url !== undefined) data.url = source.url;
  if (source.title !== undefined) data.title = source.title;
  if (source.publisher !== undefined) data.publisher = source.publisher;
  if (source.excerpt !== undefined) data.excerpt = source.excerpt;
  if (source.stance !== undefined) data.stance = source.stance;
  // A calendar date: stored as a DATE, read back as yyyy-mm-dd, so UTC midnight keeps the day.
  if (source.publishedAt !== undefined) data.publishedAt = source.publishedAt ? new Date(`${source.publishedAt}T00:00:00Z`) : null;
  return data;
}
