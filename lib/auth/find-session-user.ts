import "server-only";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import type { WorkspaceAccess } from "@/lib/workspaces/queries";
import type { SessionClaims } from "./session-token";

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
 * The user a session token names, and (given a slug) their membership of that workspace, in one
 * read; null when the token is no session. The token alone is not trusted: the user must still
 * exist and the token's session version must match, so deleted accounts and changed passwords end
 * sessions. The one place this rule lives: the app's own reads (lib/auth/current-user.ts) and
 * next-auth's session endpoint (options.ts) both go through it.
 */
export async function findSessionUser(claims: SessionClaims, workspaceSlug: string | null = null): Promise<SessionUser | null> {
  const [row] = await db.$queryRaw<SessionUserRow[]>(prepared`
    SELECT u."id", u."name", u."email",
           w."id" AS "workspaceId", w."slug" AS "workspaceSlug", w."name" AS "workspaceName", m."role"::text AS "role"
    FROM "User" u
    LEFT JOIN "Workspace" w ON w."slug" = ${workspaceSlug}
    LEFT JOIN "Membership" m ON m."workspaceId" = w."id" AND m."userId" = u."id"
    WHERE u."id" = ${claims.userId} AND u."sessionVersion" = ${claims.sessionVersion}`);
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
