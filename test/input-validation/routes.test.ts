import { describe, expect, it, vi } from "vitest";
import { discoveredRoutes } from "@/test/authorization/discover";
import { routeCases } from "@/test/authorization/route-cases";
import { createAuthFixture, type Actor, type AuthFixture } from "@/test/authorization/fixture";
import { OVERSIZED_STRING } from "./hostile-inputs";

// The only mock: who is signed in (see test/authorization).
let acting: Actor | null = null;
vi.mock("@/lib/auth/session-token", () => ({
  readSessionClaims: async () => (acting ? { userId: acting.id, sessionVersion: 0 } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const routes = discoveredRoutes;

// next-auth's own endpoints need a live Next request (they read next/headers through require);
// the input they pass on, the credentials, is checked in lib/auth/authorize-credentials.ts and
// tested malformed there (lib/rate-limit/auth-limits.test.ts) and in e2e/security.spec.ts.
const NOT_CALLABLE_HERE = new Set(["app/api/auth/[...nextauth]/route.ts#GET", "app/api/auth/[...nextauth]/route.ts#POST"]);

const HOSTILE_PARAMS = ["", OVERSIZED_STRING.slice(0, 10_000), "../../../etc/passwd", "%E0%A4%A", "\u0000", "' OR 1=1 --", "<script>alert(1)</script>"];
const HOSTILE_QUERY_VALUES = ["", "x".repeat(10_000), "-1", "NaN", "9999999999999999999999", "2020-13-45", "<script>", "a&b=c"];
/** Query parameters the GET routes read, each given a hostile value in turn. */
const QUERY_PARAMETERS = ["format", "approved", "view", "from", "to", "threshold", "page"];

type Context = { params: Promise<Record<string, string | string[]>> };
type Variant = { name: string; request: Request; context: Context };

const BODIES: [string, () => { body: BodyInit | null; headers: Record<string, string> }][] = [
  ["no body", () => ({ body: null, headers: {} })],
  ["random bytes", () => ({ body: new Uint8Array(2048).map((_, index) => (index * 7919) % 256), headers: { "content-type": "application/octet-stream" } })],
  ["JSON instead of a file", () => ({ body: JSON.stringify({ file: "article.txt", __proto__: { admin: true } }), headers: { "content-type": "application/json" } })],
  ["a form without the file", () => ({ body: (() => { const form = new FormData(); form.set("other", "x"); return form; })(), headers: {} })],
  ["a huge declared size", () => ({ body: "x", headers: { "content-length": String(10 * 1024 ** 3) } })],
  ["a wrong content type", () => ({ body: "hello", headers: { "content-type": "text/html" } })],
];

/** The route's valid request with one part made hostile at a time: each path parameter, each query parameter, the body. */
async function variants(key: string, fx: AuthFixture): Promise<Variant[]> {
  const { request, context } = routeCases[key].request(fx);
  const params = (await context.params) as Record<string, string>;
  const url = new URL(request.url);
  const out: Variant[] = [];
  const make = (name: string, target: URL, init: RequestInit, override: Record<string, string> = {}) =>
    out.push({ name, request: new Request(target, { method: request.method, ...init, duplex: "half" } as RequestInit), context: { params: Promise.resolve({ ...params, ...override }) } });

  for (const param of Object.keys(params)) {
    for (const value of HOSTILE_PARAMS) make(`${param} = ${JSON.stringify(value.slice(0, 30))}`, url, request.method === "GET" ? {} : { body: new Uint8Array([1]) }, { [param]: value });
  }
  if (request.method === "GET") {
    for (const name of QUERY_PARAMETERS) {
      for (const value of HOSTILE_QUERY_VALUES) {
        const target = new URL(url);
        target.searchParams.set(name, value);
        make(`?${name}=${JSON.stringify(value.slice(0, 20))}`, target, {});
      }
    }
  } else {
    for (const [name, body] of BODIES) {
      const { body: content, headers } = body();
      make(`body: ${name}`, url, { body: content, headers });
    }
  }
  return out;
}

const callable = routes.filter(({ key }) => !NOT_CALLABLE_HERE.has(key));

describe("every route handler answers malformed, oversized and wrongly typed requests with a 4xx and a message", () => {
  it("finds the route handlers, each with a case", () => {
    expect(callable.length).toBeGreaterThan(3);
    expect(routes.filter(({ key }) => !routeCases[key]).map(({ key }) => key)).toEqual([]);
  });

  for (const { key, handler } of callable) {
    it(key, async () => {
      const fx = await createAuthFixture();
      const access = routeCases[key].access;
      acting = access.kind === "roles" ? fx.members[access.allowed[0]] : fx.members.author;
      try {
        for (const { name, request, context } of await variants(key, fx)) {
          let response: Response;
          try {
            response = await handler(request, context);
          } catch (error) {
            throw new Error(`${key} with ${name}: threw instead of answering: ${String(error).slice(0, 200)}`);
          }
          const what = `${key} with ${name}`;
          expect(response.status, what).toBeLessThan(500);
          // Route handlers that read a query parameter refuse a bad one; others ignore what they do not read.
          if (name.startsWith("?") && response.status < 400) continue;
          expect(response.status, what).toBeGreaterThanOrEqual(400);
          const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
          expect(typeof body?.error === "string" && body.error.length > 10, `${what}: a message, got ${JSON.stringify(body)}`).toBe(true);
        }
      } finally {
        acting = null;
      }
    });
  }
});
