import "server-only";
import { db } from "@/lib/db";
import { requireMember } from "./require-member";
import type { UpdateWorkspaceSettingsInput } from "./schema";

/** Renames a workspace and sets how many approvals a verdict needs (owners only). */
export async function updateWorkspaceSettings(userId: string, input: UpdateWorkspaceSettingsInput) {
  const workspace = await requireMember(userId, input.workspaceSlug, "settings:manage");
  return db.workspace.update({
    where: { id: workspace.id },
    data: { name: input.name, approvalsRequired: input.approvalsRequired },
    select: { slug: true, name: true, approvalsRequired: true },
  });
}
