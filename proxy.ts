import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionToken } from "@/lib/auth/session-jwt";
import { contentSecurityPolicy, HSTS } from "@/lib/security/content-security-policy";

// The proxy sends signed-out visitors to sign-in, keeping where they were going, and sets the
// per-request security headers (a nonce-based CSP for pages, HSTS over https).
// Authorization is checked next to the data, in every query and mutation (see lib/).
const PUBLIC_PREFIXES = ["/sign-in", "/sign-up", "/api/auth", "/invite"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  // Pages get a CSP with a fresh nonce; Next reads it back from the request header and puts it
  // on its scripts. Route handlers answer data, and the HTML export sets its own stricter CSP.
  const page = !pathname.startsWith("/api/");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });

  const withHeaders = (response: NextResponse) => {
    if (page) response.headers.set("Content-Security-Policy", csp);
    if (https) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  };
  const next = () => {
    if (!page) return withHeaders(NextResponse.next());
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    return withHeaders(NextResponse.next({ request: { headers } }));
  };

  if (PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, decode: decodeSessionToken });
  if (token) return next();
  if (pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.json({ error: "Sign in to continue." }, { status: 401 }));
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withHeaders(NextResponse.redirect(signIn));
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      // Server-action calls skip the proxy: each action checks the session itself inside
      // runUserAction (test/authorization calls every action signed out and as an outsider), and
      // their answers are RSC data, not pages that need a CSP. The claim panel's autosave is the
      // most frequent request; the proxy's token decode and header copies were pure overhead there.
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
