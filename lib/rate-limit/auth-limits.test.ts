import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { db } from "@/lib/db";
import { createTestUser, TEST_PASSWORD } from "@/test/factories";
import { consumeSignInAttempt } from "./auth-limits";
import { LIMITS } from "./limits";
import { TOO_MANY_ATTEMPTS } from "./rate-limited-error";

// The sign-up action reads the client address from the request headers.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));
const { signUpAction } = await import("@/lib/auth/actions");

// Each test comes from its own address, so the per-address counters never mix between tests.
const freshAddress = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const from = (address: string) => ({ "x-forwarded-for": address });
const signIn = (email: string, password: string, address: string) => authorizeCredentials({ email, password }, from(address));

afterEach(() => {
  requestHeaders = new Headers();
});

describe("sign-in rate limits (through next-auth's credentials authorize)", () => {
  it(`locks an account after ${LIMITS.signInPerAccount.points} failures, even for the right password, with a clear message`, async () => {
    const { user } = await createTestUser("Locked Out");
    const address = freshAddress();
    for (let attempt = 0; attempt < LIMITS.signInPerAccount.points; attempt++) {
      expect(await signIn(user.email, "wrong password", address)).toBeNull();
    }
    await expect(signIn(user.email, TEST_PASSWORD, address)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    await expect(signIn(user.email, TEST_PASSWORD, address)).rejects.toThrow("Too many sign-in attempts. Try again in 15 minutes.");
    // Another address does not help: the limit is per account.
    await expect(signIn(user.email, TEST_PASSWORD, freshAddress())).rejects.toThrow(TOO_MANY_ATTEMPTS);
  });

  it("a successful sign-in resets the account's counter", async () => {
    const { user } = await createTestUser("Forgetful");
    const address = freshAddress();
    for (let attempt = 0; attempt < LIMITS.signInPerAccount.points - 1; attempt++) await signIn(user.email, "wrong password", address);
    expect(await signIn(user.email, TEST_PASSWORD, address)).toMatchObject({ id: user.id });
    for (let attempt = 0; attempt < LIMITS.signInPerAccount.points - 1; attempt++) {
      expect(await signIn(user.email, "wrong password", address)).toBeNull();
    }
    expect(await signIn(user.email, TEST_PASSWORD, address)).toMatchObject({ id: user.id });
  });

  it("counts parallel attempts exactly: no burst slips past the limit", async () => {
    const { user } = await createTestUser("Burst Target");
    const address = freshAddress();
    const burst = 2 * LIMITS.signInPerAccount.points;
    const results = await Promise.allSettled(Array.from({ length: burst }, () => signIn(user.email, "wrong password", address)));
    const refused = results.filter((result) => result.status === "rejected");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(LIMITS.signInPerAccount.points);
    for (const result of refused) expect((result as PromiseRejectedResult).reason.message).toMatch(TOO_MANY_ATTEMPTS);
  });

  it(`refuses an address after ${LIMITS.signInPerAddress.points} attempts on any accounts; other addresses still sign in`, async () => {
    const { user } = await createTestUser("Sprayed");
    const address = freshAddress();
    for (let attempt = 0; attempt < LIMITS.signInPerAddress.points; attempt++) {
      await consumeSignInAttempt(`sprayed.${attempt}.${randomBytes(3).toString("hex")}@example.org`, address);
    }
    await expect(signIn(user.email, TEST_PASSWORD, address)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    expect(await signIn(user.email, TEST_PASSWORD, freshAddress())).toMatchObject({ id: user.id });
  });

  it("keeps the counters in Postgres (shared by every app instance), without the email in clear", async () => {
    const { user } = await createTestUser("Counted");
    await signIn(user.email, "wrong password", freshAddress());
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: "sign-in:account:" } } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.key.includes(user.email))).toBe(false);
  });

  it("malformed credentials are refused before anything is counted", async () => {
    expect(await authorizeCredentials({ email: ["x"], password: 5 }, from(freshAddress()))).toBeNull();
    expect(await authorizeCredentials(undefined, {})).toBeNull();
  });
});

describe("sign-up rate limits", () => {
  it(`refuses a sixth sign-up for one email within the hour with a clear message`, async () => {
    requestHeaders = new Headers(from(freshAddress()));
    const email = `signup.${randomBytes(4).toString("hex")}@example.org`;
    const input = { name: "Repeat Signer", email, password: "a long enough password" };
    expect(await signUpAction(input)).toMatchObject({ ok: true });
    for (let attempt = 1; attempt < LIMITS.signUpPerAccount.points; attempt++) {
      expect(await signUpAction(input)).toMatchObject({ ok: false, code: "CONFLICT" });
    }
    const limited = await signUpAction(input);
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(limited.ok ? "" : limited.error).toMatch(/^Too many sign-up attempts\. Try again in (59|60) minutes\.$/);
  });

  it(`refuses sign-ups from an address after ${LIMITS.signUpPerAddress.points} in an hour`, async () => {
    const address = freshAddress();
    requestHeaders = new Headers(from(address));
    const { consumeSignUpAttempt } = await import("./auth-limits");
    for (let attempt = 0; attempt < LIMITS.signUpPerAddress.points; attempt++) {
      await consumeSignUpAttempt(`bulk.${attempt}.${randomBytes(3).toString("hex")}@example.org`, address);
    }
    const email = `bulk.last.${randomBytes(3).toString("hex")}@example.org`;
    expect(await signUpAction({ name: "Bulk", email, password: "a long enough password" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
