const NUMBER = new Intl.NumberFormat("en-GB");
const SHORT_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** 12,345 */
export function formatCount(value: number): string {
  return NUMBER.format(value);
}

/** "25 Nov" for a YYYY-MM-DD day (UTC, so server and browser agree). */
export function formatShortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** A duration in hours as "45 min", "5.5 h" or "3 d 4 h"; "—" when unknown. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  const days = Math.floor(hours / 24);
  const rest = Math.round(hours - days * 24);
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

/** 0.8333 → "83%" */
export function formatPercent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}
