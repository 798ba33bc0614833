import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "@/proxy";

afterEach(() => {
  vi.unstubAllEnvs();
});

const get = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

describe("proxy security headers", () => {
  it("gives each page a CSP with a fresh nonce, and passes the nonce on to Next in the request", async () => {
    const first = await get("/sign-in");
    const second = await get("/sign-in");
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    // NextResponse.next({ request: { headers } }) records overridden request headers like this.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("leaves route handlers' own policies alone (the HTML export sets a stricter one)", async () => {
    expect((await get("/api/auth/providers")).headers.get("content-security-policy")).toBeNull();
  });

  it("adds HSTS and upgrade-insecure-requests only over https, also on redirects and 401s", async () => {
    expect((await get("/sign-in")).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "https://factdesk.example.org");
    vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-next-auth");
    const page = await get("/sign-in");
    expect(page.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const redirect = await get("/w/somewhere");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("strict-transport-security")).toBeTruthy();
    const api = await get("/api/w/somewhere/backup");
    expect(api.status).toBe(401);
    expect(api.headers.get("strict-transport-security")).toBeTruthy();
  });
});

describe("which requests the proxy sees", () => {
  const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

  it("sees pages and route handlers, not static files", () => {
    expect(matches("/w/desk/articles/a1")).toBe(true);
    expect(matches("/api/notifications/unread")).toBe(true);
    expect(matches("/_next/static/chunks/app.js")).toBe(false);
  });

  it("leaves server-action calls to the actions, which check the session themselves", () => {
    expect(matches("/w/desk/articles/a1", { "next-action": "7f3a9c" })).toBe(false);
  });
});
