import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/workspaces/permissions";

// Review rules on top of the workspace's role map. Settling a dispute over someone else's
// verdict is an editorial call, so it goes with the right to edit articles (owners, editors).

/** Roles that may submit claims for review and review (approve, request changes) others' claims. */
export function canReview(role: Role): boolean {
  return can(role, "claim:review");
}

/** Roles that may settle any disputed verdict (the author may settle their own). */
export function canResolveAnyDispute(role: Role): boolean {
  return can(role, "article:edit");
}

/** Roles that may assign work to anyone; the others that annotate may only take or release work themselves. */
export function canAssignOthers(role: Role): boolean {
  return can(role, "article:assign");
}

/** Roles that can be given work: the ones that may annotate. */
export function canBeAssigned(role: Role): boolean {
  return can(role, "claim:annotate");
}
