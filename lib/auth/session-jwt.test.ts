import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "./session-jwt";

const secret = "a-test-secret-of-enough-length-0123456789";
const token = { sub: "user-1", name: "Ada", email: "ada@example.org", sv: 3 };

describe("session tokens with a kept key", () => {
  it("are interchangeable with next-auth's own, both ways", async () => {
    expect(await decodeSessionToken({ token: await encode({ token, secret }), secret })).toMatchObject(token);
    expect(await decode({ token: await encodeSessionToken({ token, secret }), secret })).toMatchObject(token);
  });

  it("expire after maxAge and carry a fresh id each time", async () => {
    const [first, second] = [await encodeSessionToken({ token, secret, maxAge: 60 }), await encodeSessionToken({ token, secret, maxAge: 60 })];
    const [a, b] = [await decodeSessionToken({ token: first, secret }), await decodeSessionToken({ token: second, secret })];
    expect(Number(a!.exp) - Number(a!.iat)).toBe(60);
    expect(a!.jti).not.toBe(b!.jti);
    const expired = await encodeSessionToken({ token, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
  });

  it("refuse another secret and a tampered token; no token is no session", async () => {
    const encoded = await encodeSessionToken({ token, secret });
    await expect(decodeSessionToken({ token: encoded, secret: `${secret}-other` })).rejects.toThrow();
    const tampered = `${encoded.slice(0, -6)}${encoded.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    await expect(decodeSessionToken({ token: tampered, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
