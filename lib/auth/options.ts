import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { factdeskAdapter } from "./adapter";
import { authorizeCredentials } from "./authorize-credentials";
import { findSessionUser } from "./find-session-user";
import { decodeSessionToken, encodeSessionToken } from "./session-jwt";

function oauthProviders() {
  const { GITHUB_ID, GITHUB_SECRET, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET } = env();
  const providers = [];
  if (GITHUB_ID && GITHUB_SECRET) providers.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  if (GOOGLE_CLIENT_ID && GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: GOOGLE_CLIENT_ID, clientSecret: GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

/** Names of the OAuth providers switched on by their environment keys, for the sign-in page. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

const credentials = CredentialsProvider({
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  authorize: (raw, request) => authorizeCredentials(raw, request?.headers),
});

let cached: NextAuthOptions | undefined;

/** next-auth configuration: credentials always, GitHub/Google when their keys are set. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    adapter: factdeskAdapter(),
    // Credentials sign-in requires JWT sessions in next-auth v4; sessionVersion in the token
    // lets a password change end every older session (checked in findSessionUser).
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    secret: env().NEXTAUTH_SECRET,
    // Secure, __Secure-/__Host- prefixed cookies whenever the app is served over https;
    // next-auth's cookies are httpOnly and SameSite=Lax either way (tested in lib/auth).
    useSecureCookies: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [credentials, ...oauthProviders()],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const stored = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          token.sv = stored?.sessionVersion ?? 0;
        }
        return token;
      },
      // Only next-auth's own /api/auth/session calls this (the app reads the cookie itself, in
      // lib/auth/current-user.ts). As there, a token of a deleted user or an old session version
      // is no session, so a stale cookie no longer reveals the name and email stored in it.
      async session({ session, token }) {
        const sessionVersion = token.sv ?? 0;
        const found = token.sub ? await findSessionUser({ userId: token.sub, sessionVersion }) : null;
        if (!found) return { expires: session.expires };
        return { expires: session.expires, user: found.user, sessionVersion };
      },
    },
  };
  return cached;
}
