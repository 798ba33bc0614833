"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import type { PendingInvitationDTO } from "@/lib/invitations/queries";

/** Invitations not yet accepted, each with a revoke button (owners only). */
export function PendingInvitations({ workspaceSlug, invitations }: { workspaceSlug: string; invitations: PendingInvitationDTO[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);

  async function revoke(invitation: PendingInvitationDTO) {
    setPendingId(invitation.id);
    setError(null);
    const result = await revokeInvitationAction({ workspaceSlug, invitationId: invitation.id });
    setPendingId(null);
    if (!result.ok) setError(result.error);
    router.refresh();
  }

  if (invitations.length === 0) return <p className="text-sm text-muted">No pending invitations.</p>;
  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex items-center gap-4 px-4 py-3 text-sm">
            <div className="min-w-0 flex-1 space-y-0.5">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium [overflow-wrap:anywhere]">{invitation.email}</span>
                <span className="rounded bg-subtle px-1.5 py-0.5 text-xs capitalize text-muted">{invitation.role}</span>
              </p>
              <p className="text-xs text-muted">
                Invited by {invitation.inviterName} on {formatDate(invitation.createdAt)} · expires {formatDate(invitation.expiresAt)}
              </p>
            </div>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Revoke invitation for ${invitation.email}`}
              disabled={pendingId === invitation.id}
              onClick={() => revoke(invitation)}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
