import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { encodeSessionToken } from "./session-jwt";

// Mocked: the request's cookies (a server action or render reads them from Next), and the two
// options sign-in uses for the cookie (its secret, and whether the app is served over https).
const SECRET = "a-test-secret-of-enough-length-0123456789";
let jar: { name: string; value: string }[] = [];
const options = { secret: SECRET, useSecureCookies: false };
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => jar }) }));
vi.mock("./options", () => ({ authOptions: () => options }));
const { readSessionClaims } = await import("./session-token");

const COOKIE = "next-auth.session-token";
const secret = () => SECRET;

describe("reading the session cookie", () => {
  it("gives the user and session version of a token sign-in issued, ours or next-auth's own", async () => {
    jar = [{ name: COOKIE, value: await encodeSessionToken({ token: { sub: "user-1", sv: 4 }, secret: secret() }) }];
    expect(await readSessionClaims()).toEqual({ userId: "user-1", sessionVersion: 4 });
    jar = [{ name: COOKIE, value: await encode({ token: { sub: "user-2" }, secret: secret() }) }];
    expect(await readSessionClaims()).toEqual({ userId: "user-2", sessionVersion: 0 });
  });

  it("joins a token split over chunked cookies, as next-auth writes a large one", async () => {
    const token = await encodeSessionToken({ token: { sub: "user-3", sv: 1 }, secret: secret() });
    const cut = Math.floor(token.length / 2);
    jar = [
      { name: `${COOKIE}.1`, value: token.slice(cut) },
      { name: `${COOKIE}.0`, value: token.slice(0, cut) },
    ];
    expect(await readSessionClaims()).toEqual({ userId: "user-3", sessionVersion: 1 });
  });

  it("is no session for no cookie, an expired, foreign or tampered token, or one without a user", async () => {
    jar = [];
    expect(await readSessionClaims()).toBeNull();
    const cases = [
      await encodeSessionToken({ token: { sub: "user-1" }, secret: secret(), maxAge: -60 }),
      await encodeSessionToken({ token: { sub: "user-1" }, secret: `${secret()}-elsewhere` }),
      `${(await encodeSessionToken({ token: { sub: "user-1" }, secret: secret() })).slice(0, -4)}AAAA`,
      await encodeSessionToken({ token: { name: "no subject" }, secret: secret() }),
      "not a token",
    ];
    for (const value of cases) {
      jar = [{ name: COOKIE, value }];
      expect(await readSessionClaims(), value.slice(0, 20)).toBeNull();
    }
  });

  it("reads the __Secure- cookie over https and only there, as sign-in writes it", async () => {
    const value = await encodeSessionToken({ token: { sub: "user-1" }, secret: secret() });
    jar = [{ name: `__Secure-${COOKIE}`, value }];
    expect(await readSessionClaims()).toBeNull();
    options.useSecureCookies = true;
    try {
      expect(await readSessionClaims()).toEqual({ userId: "user-1", sessionVersion: 0 });
      jar = [{ name: COOKIE, value }];
      expect(await readSessionClaims()).toBeNull();
    } finally {
      options.useSecureCookies = false;
    }
  });
});
