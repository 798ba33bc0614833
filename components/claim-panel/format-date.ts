const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/**
 * "12 Mar 2025" for a yyyy-mm-dd or ISO timestamp. Fixed locale and UTC so the server-rendered
 * text and the browser's agree (no hydration mismatch across time zones).
 */
export function formatDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}
