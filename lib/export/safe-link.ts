const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The URL normalized when it is http(s) or mailto, else null (never javascript:, data:…). */
export function safeLink(url: string | null | undefined, protocols: ReadonlySet<string> = LINK_PROTOCOLS): string | null {
  if (!url || !URL.canParse(url.trim())) return null;
  const parsed = new URL(url.trim());
  return protocols.has(parsed.protocol) ? parsed.href : null;
}

/** Only http(s): for article and source addresses. */
export const WEB_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:"]);
