/** A date string from a page (ISO 8601, RFC 2822…) as yyyy-mm-dd for a date field, or null. */
export function toDateInput(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  // A bare date or a timestamp keeps its own calendar day rather than the server's time zone's.
  const day = text.match(/^(\d{4}-\d{2}-\d{2})(?:$|T)/)?.[1];
  if (day && !Number.isNaN(Date.parse(day))) return day;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
