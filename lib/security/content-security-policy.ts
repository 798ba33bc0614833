/**
 * The app's Content-Security-Policy. Scripts run only with this response's nonce (Next puts it
 * on its own scripts, next-themes on its inline one) or when loaded by such a script
 * ('strict-dynamic'). Styles allow 'unsafe-inline': Tiptap/ProseMirror, Radix and recharts
 * write style attributes and inject <style> elements at run time (see SECURITY.md).
 */
export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its call stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    // Dev's hot reload talks over a websocket.
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Strict-Transport-Security for https deployments: two years, subdomains included. */
export const HSTS = "max-age=63072000; includeSubDomains";
