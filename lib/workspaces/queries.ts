import "server-only";
import { prepared } from "@/lib/database/prepared-statements";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "./permissions";
import { takePrefetchedMembership } from "./prefetched-membership";

export interface WorkspaceAccess {
  id: string;
  slug: string;
  name: string;
  role: Role;
}

/** The workspace with this slug if the user is a member of it, else null (callers 404). */
export async function findMemberWorkspace(userId: string, slug: string): Promise<WorkspaceAccess | null> {
  // A slug Postgres cannot even compare (NUL) names no workspace; 404 rather than a database error.
  if (slug.includes("\u0000")) return null;
  const prefetched = takePrefetchedMembership(userId, slug);
  if (prefetched !== undefined) return prefetched;
  // One joined read: every action and page asks this first, and Prisma would send two.
  const [access] = await db.$queryRaw<WorkspaceAccess[]>(prepared`
    SELECT w."id", w."slug", w."name", m."role"::text AS "role"
    FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${userId} AND w."slug" = ${slug}`);
  return access ?? null;
}

/** Every workspace the user belongs to, personal first, for the switcher. */
export async function listUserWorkspaces(userId: string): Promise<WorkspaceAccess[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true, personal: true } } },
    orderBy: [{ workspace: { personal: "desc" } }, { workspace: { name: "asc" } }],
  });
  return memberships.map(({ role, workspace }) => ({ id: workspace.id, slug: workspace.slug, name: workspace.name, role }));
}

export interface WorkspaceSettingsView {
  workspace: WorkspaceAccess;
  personal: boolean;
  approvalsRequired: number;
  /** Only owners may change the settings. */
  canManage: boolean;
}

/** A workspace's settings for any member; null when the user is not a member (callers 404). */
export async function getWorkspaceSettings(userId: string, slug: string): Promise<WorkspaceSettingsView | null> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) return null;
  const { personal, approvalsRequired } = await db.workspace.findUniqueOrThrow({
    where: { id: workspace.id },
    select: { personal: true, approvalsRequired: true },
  });
  return { workspace, personal, approvalsRequired, canManage: can(workspace.role, "settings:manage") };
}
