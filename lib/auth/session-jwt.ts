import { hkdf, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// next-auth's own session-token encode/decode (next-auth/jwt: A256GCM with a key derived from the
// secret by HKDF; same format, so tokens stay interchangeable), except that the derived key is
// kept. next-auth derives it on every call, and a signed-in request makes three: the proxy's
// check, then getServerSession's decode and re-encode. No "server-only": the proxy imports it.

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;
const deriveKey = promisify(hkdf);
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string | Buffer, salt: string): Promise<Uint8Array> {
  const cacheKey = `${salt}\u0000${secret.toString("base64")}`;
  let key = keys.get(cacheKey);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` ${salt}` : ""}`;
    key = deriveKey("sha256", secret, salt, info, 32).then((bits) => new Uint8Array(bits));
    keys.set(cacheKey, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = "" }: JWTEncodeParams): Promise<string> {
  const nowS = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(nowS + maxAge)
    .setJti(randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
