const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A date as "5 Oct 2016" (UTC, so server and browser render the same text). */
export function formatDate(date: Date | string | null | undefined): string {
  return date ? DATE.format(new Date(date)) : "";
}

/** The host of a URL without "www.", for compact source columns; "" for bad input. */
export function sourceHost(url: string | null | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}
