import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { LIMITS, type LimitName } from "./limits";
import { RateLimitedError, type LimitedAction } from "./rate-limited-error";

// Counters live in Postgres (the RateLimit table) so several app instances share them; each
// consume is one atomic upsert, so parallel attempts cannot slip past the limit.
const limiters = new Map<LimitName, RateLimiterPrisma>();

function limiter(name: LimitName): RateLimiterPrisma {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", ...LIMITS[name] });
    limiters.set(name, found);
  }
  return found;
}

// Emails are hashed: the table then holds no addresses, and keys stay short.
const accountKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

async function consumeBoth(action: LimitedAction, pairs: [LimitName, string][]): Promise<void> {
  const results = await Promise.allSettled(pairs.map(([name, key]) => limiter(name).consume(key)));
  let retryAfterMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    retryAfterMs = Math.max(retryAfterMs, result.reason.msBeforeNext);
  }
  if (retryAfterMs > 0) throw new RateLimitedError(action, retryAfterMs);
}

/** Counts a sign-in attempt for the account and the address; throws RateLimitedError when either is spent. */
export function consumeSignInAttempt(email: string, address: string): Promise<void> {
  return consumeBoth("sign-in", [
    ["signInPerAccount", accountKey(email)],
    ["signInPerAddress", address],
  ]);
}

/** After a successful sign-in: the account's counter starts again and the address gets its point back. */
export async function recordSignInSuccess(email: string, address: string): Promise<void> {
  await Promise.all([limiter("signInPerAccount").delete(accountKey(email)), limiter("signInPerAddress").reward(address, 1)]);
}

/** Counts a sign-up attempt for the email and the address; throws RateLimitedError when either is spent. */
export function consumeSignUpAttempt(email: string, address: string): Promise<void> {
  return consumeBoth("sign-up", [
    ["signUpPerAccount", accountKey(email)],
    ["signUpPerAddress", address],
  ]);
}
