const PLACEHOLDER_ORIGIN = "http://factdesk.invalid";

/**
 * A same-site path to return to after sign-in. Relative paths are kept; absolute URLs only
 * when they are on `appOrigin`; anything else ("//evil", "javascript:", other hosts) becomes "/".
 */
export function safeReturnPath(value: string | string[] | undefined | null, appOrigin?: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "/";
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN && url.origin !== appOrigin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || path.startsWith("/sign-in") || path.startsWith("/api/")) return "/";
  return path;
}
