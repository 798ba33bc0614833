import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { findSessionUser, type CurrentUser, type SessionUser } from "./find-session-user";
import { readSessionClaims } from "./session-token";

export type { CurrentUser, SessionUser } from "./find-session-user";

/** The signed-in user and, given a workspace slug, their membership of it, in one read; null when signed out. */
export async function readSessionUser(workspaceSlug: string | null = null): Promise<SessionUser | null> {
  const claims = await readSessionClaims();
  return claims ? findSessionUser(claims, workspaceSlug) : null;
}

/** The signed-in user, or null; read once per server render. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await readSessionUser())?.user ?? null);

/** The signed-in user; signed-out visitors are sent to sign-in and brought back afterwards. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirectToSignIn(returnTo);
  return user;
}

/** readSessionUser for a signed-in user; signed-out visitors are sent to sign-in. */
export async function requireSessionUser(workspaceSlug: string | null): Promise<SessionUser> {
  const session = await readSessionUser(workspaceSlug);
  if (!session) redirectToSignIn();
  return session;
}

function redirectToSignIn(returnTo?: string): never {
  redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
}
