import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { WorkspaceAccess } from "@/lib/workspaces/queries";
import { readSessionClaims } from "./session-token";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}

export interface SessionUser {
  user: CurrentUser;
  /** Their membership of the workspace asked about (null: not a member, or no such workspace). */
  membership: WorkspaceAccess | null;
}

/**
 * The signed-in user and, given a workspace slug, their membership of it, in one read; null when
 * signed out. The token alone is not trusted: the user must still exist and the token's
 * sessionVersion must match, so deleted accounts and changed passwords end sessions.
 */
export async function readSessionUser(workspaceSlug: string | null = null): Promise<SessionUser | null> {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const [row] = await db.$queryRaw<SessionUserRow[]>`
    SELECT u."id", u."name", u."email",
           w."id" AS "workspaceId", w."slug" AS "workspaceSlug", w."name" AS "workspaceName", m."role"::text AS "role"
    FROM "User" u
    LEFT JOIN "Workspace" w ON w."slug" = ${workspaceSlug}
    LEFT JOIN "Membership" m ON m."workspaceId" = w."id" AND m."userId" = u."id"
    WHERE u."id" = ${claims.userId} AND u."sessionVersion" = ${claims.sessionVersion}`;
  if (!row) return null;
  const membership = row.role && row.workspaceId ? { id: row.workspaceId, slug: row.workspaceSlug!, name: row.workspaceName!, role: row.role } : null;
  return { user: { id: row.id, name: row.name, email: row.email }, membership };
}

interface SessionUserRow {
  id: string;
  name: string;
  email: string;
  workspaceId: string | null;
  workspaceSlug: string | null;
  workspaceName: string | null;
  role: WorkspaceAccess["role"] | null;
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
