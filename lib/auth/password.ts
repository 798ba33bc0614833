// No "server-only" marker: the seed scripts (plain Node) hash demo passwords with this too.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane); @node-rs/argon2
// defaults to argon2id and records the parameters in the hash, so they can rise later.
const ARGON2ID = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Verifying against a throw-away hash when the email is unknown keeps sign-in time the same
// whether or not the account exists.
let dummyHash: Promise<string> | undefined;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Checks a password against a stored hash; a missing hash still costs one verification. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  try {
    const ok = await verify(storedHash ?? (await dummyHash), password);
    return ok && Boolean(storedHash);
  } catch {
    return false;
  }
}
