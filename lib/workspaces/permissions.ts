import type { Role } from "@/lib/generated/prisma/enums";

// No "server-only": pages and client components read the same map to decide what to show.
// The server still checks every permission next to the data.

export type Permission =
  | "workspace:read"
  | "article:export"
  | "claim:annotate"
  | "claim:review"
  | "article:create"
  | "article:edit"
  | "article:assign"
  | "members:manage"
  | "settings:manage"
  /** The rating scale; kept under its original name. */
  | "workspace:manage";

const VIEWER: readonly Permission[] = ["workspace:read", "article:export"];
const REVIEWER: readonly Permission[] = [...VIEWER, "claim:annotate", "claim:review"];
const EDITOR: readonly Permission[] = [...REVIEWER, "article:create", "article:edit", "article:assign"];
const OWNER: readonly Permission[] = [...EDITOR, "members:manage", "settings:manage", "workspace:manage"];

/** The one role → permission map. */
export const GRANTS: Record<Role, readonly Permission[]> = { owner: OWNER, editor: EDITOR, reviewer: REVIEWER, viewer: VIEWER };

/** Roles from most to least powerful. */
export const ROLES = ["owner", "editor", "reviewer", "viewer"] as const satisfies readonly Role[];

/** What each role may do, in the words the members page and invitations use. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including members and settings",
  editor: "Import and edit articles, annotate, review",
  reviewer: "Annotate and review claims",
  viewer: "Read and export only",
};

/** Whether a workspace role grants a permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Whether role `a` grants at least what role `b` does. */
export function outranks(a: Role, b: Role): boolean {
  return ROLES.indexOf(a) <= ROLES.indexOf(b);
}
