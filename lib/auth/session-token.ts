import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions } from "./options";
import { decodeSessionToken } from "./session-jwt";

/** Who the session cookie names, and the session version it was issued with. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

type TokenRequest = Parameters<typeof getToken>[0]["req"];

/**
 * The session cookie, decoded by next-auth's own getToken (chunked cookies, expiry) with the same
 * secret and cookie name as sign-in: what getServerSession reads. getServerSession runs next-auth's
 * whole session endpoint instead (option setup, a CSRF token, both callbacks, and a re-encrypted
 * token that a server render or action cannot even set), which every signed-in request paid for.
 * Cookies only, as getServerSession: an Authorization header is ignored.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const options = authOptions();
  const req = { cookies: await cookies(), headers: {} } as unknown as TokenRequest;
  const token = await getToken({ req, secret: options.secret, secureCookie: options.useSecureCookies, decode: decodeSessionToken });
  if (!token?.sub) return null;
  // Set by the jwt callback at sign-in; tokens from before session versions count as version 0.
  return { userId: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : 0 };
}
