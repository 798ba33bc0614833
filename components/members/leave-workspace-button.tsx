"use client";

import { Button } from "@/components/ui/button";
import { leaveWorkspaceAction } from "@/lib/members/actions";
import { ConfirmDialog } from "./confirm-dialog";

/** Any member leaves the workspace; the last owner is told why they cannot. */
export function LeaveWorkspaceButton({ workspaceSlug, workspaceName }: { workspaceSlug: string; workspaceName: string }) {
  async function leave() {
    const result = await leaveWorkspaceAction({ workspaceSlug });
    if (!result.ok) return result.error;
    window.location.assign(result.data.nextSlug ? `/w/${result.data.nextSlug}` : "/");
    return null;
  }

  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">Leave workspace</Button>}
      title={`Leave ${workspaceName}?`}
      description="You lose access to its articles and claims. An owner can invite you again."
      confirmLabel="Leave workspace"
      onConfirm={leave}
    />
  );
}
