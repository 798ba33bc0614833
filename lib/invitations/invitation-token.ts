import { createHash, randomBytes } from "node:crypto";

/** The sha256 of an invitation token, the only form in which it is stored. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh invitation token (32 random bytes, base64url) and its hash. */
export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}
