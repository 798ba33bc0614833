const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The address for a rationale link, or null when it is not http, https or mailto. A bare
 * "example.org/page" is taken as https and a bare address with "@" as mailto, as people type them.
 */
export function normalizeLinkUrl(raw: string): string | null {
  const value = raw.trim();
  if (!value || /\s/.test(value)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  const candidate = hasScheme ? value : value.includes("@") && !value.includes("/") ? `mailto:${value}` : `https://${value}`;
  try {
    const url = new URL(candidate);
    if (!LINK_PROTOCOLS.has(url.protocol)) return null;
    if (url.protocol === "mailto:" ? !url.pathname.includes("@") : !url.hostname.includes(".") && url.hostname !== "localhost") {
      return null;
    }
    return url.href;
  } catch {
    return null;
  }
}

/** Whether a source address is an absolute http(s) URL. */
export function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw.trim());
    return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}
