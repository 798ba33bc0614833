import type { Role } from "@/lib/generated/prisma/enums";

export type Permission = "article:create" | "article:edit" | "workspace:manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ["article:create", "article:edit", "workspace:manage"],
  editor: ["article:create", "article:edit"],
  reviewer: [],
  viewer: [],
};

/** Whether a workspace role grants a permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
