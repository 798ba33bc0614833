import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createTestUser, TEST_PASSWORD } from "@/test/factories";
import { authOptions } from "./options";

// Served over https: next-auth's cookies must be Secure and prefixed. Hoisted above the imports,
// which read the environment once (each test file gets its own module state).
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "https://factdesk.example.org";
  process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-next-auth";
});

// next-auth's framework-free core (the route handler only adds Next's request plumbing); its
// package does not export it, so it is loaded by path. e2e/security.spec.ts checks the real
// Set-Cookie headers over http.
interface Cookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}
type Handler = (params: unknown) => Promise<{ body?: unknown; cookies?: Cookie[] }>;
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as { AuthHandler: Handler };

function call(action: "csrf" | "callback", extra: Record<string, unknown> = {}) {
  return AuthHandler({
    req: {
      action,
      method: action === "csrf" ? "GET" : "POST",
      headers: { host: "factdesk.example.org", "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.10" },
      query: {},
      cookies: {},
      ...extra,
    },
    options: authOptions(),
  });
}

describe("session cookies", () => {
  it("are httpOnly, SameSite=Lax, Secure and __Secure-/__Host- prefixed over https", async () => {
    const csrf = await call("csrf");
    const csrfCookie = csrf.cookies?.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
    expect(csrfCookie?.name).toBe("__Host-next-auth.csrf-token");
    expect(csrfCookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });

    const { user } = await createTestUser("Cookie Checker");
    const signedIn = await call("callback", {
      providerId: "credentials",
      body: { email: user.email, password: TEST_PASSWORD, csrfToken: (csrf.body as { csrfToken: string }).csrfToken },
      cookies: { "__Host-next-auth.csrf-token": csrfCookie!.value },
    });
    const session = signedIn.cookies?.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session?.name, `cookies set: ${signedIn.cookies?.map((cookie) => cookie.name).join(", ")}`).toBe("__Secure-next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  });
});
